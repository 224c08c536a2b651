// How close does a receipt get to the bare wire? Starts the emulator on a pseudo-terminal with baud
// throttling, opens a shift, then times N-line receipts through the Registrar and divides the time
// by bytes x 10 / baud (8N1: ten bits a byte) for the bytes that crossed the link both ways.
//
//   bench_receipt_wire [--lines 10] [--baud 115200] [--receipts 5] [--tcp] [--smoke]

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "../e2e/process.h"
#include "fiscal/errortable.h"
#include "fiscal/registrar.h"
#include "fiscal/transport/serialtransport.h"
#include "fiscal/transport/tcptransport.h"

using namespace fiscal;

int main(int argc, char **argv)
{
    int lines = 10;
    unsigned baud = 115200;
    int receipts = 5;
    bool tcp = false;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--smoke") {
            lines = 2;
            receipts = 1;
        } else if (a == "--lines" && i + 1 < argc) {
            lines = std::atoi(argv[++i]);
        } else if (a == "--baud" && i + 1 < argc) {
            baud = static_cast<unsigned>(std::atoi(argv[++i]));
        } else if (a == "--receipts" && i + 1 < argc) {
            receipts = std::atoi(argv[++i]);
        } else if (a == "--tcp") {
            tcp = true;
        } else {
            std::fprintf(
                stderr,
                "usage: bench_receipt_wire [--lines N] [--baud B] [--receipts N] [--tcp] [--smoke]\n");
            return 2;
        }
    }

    const std::string dir = e2e::tempDir();
    std::vector<std::string> args{"--baud", std::to_string(baud), "--state", dir + "/state"};
    if (tcp)
        args.insert(args.begin(), {"--tcp", "127.0.0.1:0"});
    else
        args.insert(args.begin(), {"--pty", dir + "/kkt"});
    e2e::Emulator emulator(PRILAVOK_FR_EMULATOR_PATH, args);
    if (!emulator.started()) {
        std::fprintf(stderr, "bench: the emulator did not start\n");
        return 1;
    }

    std::unique_ptr<Transport> transport;
    if (tcp) {
        auto t = TcpTransport::connect("127.0.0.1", emulator.tcpPort());
        if (!t)
            return std::fprintf(stderr, "bench: %s\n", describe(t.error()).c_str()), 1;
        transport = std::move(t).value();
    } else {
        auto t = SerialTransport::open(dir + "/kkt", baud);
        if (!t)
            return std::fprintf(stderr, "bench: %s\n", describe(t.error()).c_str()), 1;
        transport = std::move(t).value();
    }

    RegistrarSettings settings;
    settings.printPollInterval = Duration{5};
    Registrar registrar(*transport, settings);
    std::size_t toDevice = 0;
    std::size_t fromDevice = 0;
    int exchanges = 0; // every exchange starts with a lone ENQ
    registrar.setTraceSink([&](Direction d, ByteView bytes) {
        (d == Direction::ToDevice ? toDevice : fromDevice) += bytes.size();
        if (d == Direction::ToDevice && bytes.size() == 1 && bytes[0] == 0x05)
            ++exchanges;
    });
    if (auto s = registrar.openShift(Cashier{"Кассир Иванов", ""}); !s)
        return std::fprintf(stderr, "bench: open shift: %s\n", describe(s.error()).c_str()), 1;

    Receipt receipt;
    Kopecks total = 0;
    for (int i = 0; i < lines; ++i) {
        ReceiptLine line;
        line.name = "Товар номер " + std::to_string(i + 1) + " молоко пастеризованное 3,2%";
        line.quantity = 1000 + 250 * (i % 3);
        line.price = 4990 + 100 * i;
        receipt.lines.push_back(line);
        total += line.price * line.quantity / MilliPerUnit;
    }
    receipt.payments[CashSlot] = total + 10000;
    receipt.cashier = Cashier{"Кассир Иванов", ""};

    std::vector<double> ratios;
    for (int r = 0; r < receipts; ++r) {
        toDevice = fromDevice = 0;
        exchanges = 0;
        const auto start = std::chrono::steady_clock::now();
        auto sale = registrar.sell(receipt);
        const auto took =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        if (!sale)
            return std::fprintf(stderr, "bench: receipt: %s\n", describe(sale.error()).c_str()), 1;
        const std::size_t bytes = toDevice + fromDevice;
        const double wireMs = static_cast<double>(bytes) * 10.0 * 1000.0 / baud;
        ratios.push_back(took / wireMs);
        std::printf(
            "receipt %d: %d lines, %d exchanges, %zu bytes (%zu to device, %zu from device), wire %.1f ms, "
            "measured %.1f ms, ratio %.2f, overhead %.2f ms per exchange\n",
            r + 1, lines, exchanges, bytes, toDevice, fromDevice, wireMs, took, took / wireMs,
            (took - wireMs) / std::max(exchanges, 1));
    }
    std::sort(ratios.begin(), ratios.end());
    std::printf("%s at %u baud: median ratio measured/wire = %.2f over %d receipt(s)\n", tcp ? "tcp" : "pty",
                baud, ratios[ratios.size() / 2], receipts);
    return 0;
}
