// Stand-in for libFuzzer where clang is missing: runs the fuzz target over the seed vectors and over
// random and mutated inputs from a fixed seed. Usage: fuzz_answers_replay [RUNS] [SEED]

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

int main(int argc, char **argv)
{
    const long runs = argc > 1 ? std::atol(argv[1]) : 20000;
    const unsigned seed = argc > 2 ? static_cast<unsigned>(std::atol(argv[2])) : 1;
    // Real frames from the protocol reference (§6) to mutate from.
    const std::vector<std::vector<std::uint8_t>> seeds{
        {0x02, 0x10, 0x10, 0x00, 0x1E, 0x92, 0x02, 0x02, 0x00, 0x00, 0x9F, 0xE5, 0x18, 0x01, 0x00, 0x92, 0x08,
         0x00, 0x75},
        {0x06, 0x02, 0x03, 0x88, 0x00, 0x1E, 0x95},
        {0x15, 0xFF, 0x06, 0x02, 0x21, 0xFF, 0x01, 0x00, 0x03, 0x00, 0x00, 0x01, 0x00,
         0x15, 0x07, 0x1D, 0x0B, 0x1D, 0x39, 0x32, 0x38, 0x37, 0x34, 0x34, 0x30, 0x33,
         0x30, 0x31, 0x31, 0x32, 0x30, 0x39, 0x39, 0x31, 0xA9, 0x01, 0x00, 0x00, 0x68},
    };
    std::mt19937 rng(seed);
    for (const auto &s : seeds)
        LLVMFuzzerTestOneInput(s.data(), s.size());
    for (long i = 0; i < runs; ++i) {
        std::vector<std::uint8_t> input;
        if (i % 2 == 0) {
            input = seeds[rng() % seeds.size()];
            const int edits = 1 + static_cast<int>(rng() % 4);
            for (int e = 0; e < edits && !input.empty(); ++e) {
                const std::size_t at = rng() % input.size();
                switch (rng() % 3) {
                case 0:
                    input[at] = static_cast<std::uint8_t>(rng());
                    break;
                case 1:
                    input.erase(input.begin() + static_cast<std::ptrdiff_t>(at));
                    break;
                default:
                    input.insert(input.begin() + static_cast<std::ptrdiff_t>(at),
                                 static_cast<std::uint8_t>(rng()));
                }
            }
        } else {
            input.resize(rng() % 300);
            for (auto &b : input)
                b = static_cast<std::uint8_t>(rng());
        }
        LLVMFuzzerTestOneInput(input.data(), input.size());
    }
    std::printf("replayed %ld inputs (seed %u)\n", runs, seed);
    return 0;
}
