// libFuzzer target: whatever a device (or line noise) sends must never crash the host. Feeds the
// input to the frame decoder, to every answer parser, to the TLV parser, and, as a byte stream from
// the device, through the link layer state machine (virtual time, so it runs fast).

#include <cstddef>
#include <cstdint>

#include "fiscal/codec/frame.h"
#include "fiscal/codec/tlv.h"
#include "fiscal/commands/fn.h"
#include "fiscal/commands/parsers.h"
#include "fiscal/link/link.h"
#include "fiscal/transport/scriptedtransport.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace fiscal;
    const ByteView in(data, size);

    const auto decoded = decodeFrame(in);
    if (decoded.frame) {
        if (auto answer = splitAnswer(decoded.frame->body)) {
            for (const ParserEntry &p : answerParsers())
                if (p.code == answer->code)
                    (void)p.parse(answer->data);
        }
    }
    for (const ParserEntry &p : answerParsers())
        (void)p.parse(in);
    if (auto doc = parseFoundDocument(in); doc)
        (void)decodeFoundReceipt(*doc);
    (void)parseTlvs(in);

    // The same bytes as everything the device says after the host's first ENQ.
    ScriptedTransport device;
    device.reply(in);
    LinkSettings quick;
    Link link(device, quick);
    const Bytes password{0x1E, 0, 0, 0};
    (void)link.exchange(0x10, password, Duration{1000});
    (void)link.exchange(0xFF01, password, Duration{1000});
    (void)link.probe();
    return 0;
}
