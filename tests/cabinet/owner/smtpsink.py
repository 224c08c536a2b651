#!/usr/bin/env python3
"""A local SMTP sink for the owner tests: accepts every message and writes it to DIR/N.eml.

Usage: smtpsink.py DIR [PORT]  -> prints "listening PORT" once ready. A sink started again on the same
DIR and PORT (a relay that was down and is back) numbers its messages after those already there. Uses the standard library's smtpd
(Python 3.11), so the cabinet talks real SMTP through libcurl to a real process.
"""
import asyncore
import itertools
import os
import smtpd
import sys
import warnings

warnings.simplefilter("ignore", DeprecationWarning)


class Sink(smtpd.SMTPServer):
    counter = itertools.count(1 + len([n for n in os.listdir(sys.argv[1]) if n.endswith(".eml")]))

    def process_message(self, peer, mailfrom, rcpttos, data, **kwargs):
        path = os.path.join(sys.argv[1], "%d.eml" % next(self.counter))
        with open(path + ".tmp", "wb") as f:
            f.write(("X-Rcpt: %s\n" % ",".join(rcpttos)).encode() + data)
        os.rename(path + ".tmp", path)


server = Sink(("127.0.0.1", int(sys.argv[2]) if len(sys.argv) > 2 else 0), None, decode_data=False)
print("listening", server.socket.getsockname()[1], flush=True)
asyncore.loop()
