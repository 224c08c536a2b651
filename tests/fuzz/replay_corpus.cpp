// Stand-in for libFuzzer where clang is missing, and the ctest run: every file of a seed corpus, then
// random and mutated inputs from a fixed seed. Usage: TARGET_replay CORPUS_DIR [RUNS] [SEED]

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

namespace {

using Input = std::vector<std::uint8_t>;

std::vector<Input> readCorpus(const char *dir)
{
    std::vector<std::filesystem::path> files;
    for (const auto &entry : std::filesystem::directory_iterator(dir))
        if (entry.is_regular_file())
            files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    std::vector<Input> seeds;
    for (const auto &file : files) {
        std::ifstream in(file, std::ios::binary);
        seeds.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    return seeds;
}

void mutate(Input &input, std::mt19937 &rng)
{
    const int edits = 1 + static_cast<int>(rng() % 8);
    for (int e = 0; e < edits && !input.empty(); ++e) {
        const std::size_t at = rng() % input.size();
        switch (rng() % 4) {
        case 0:
            input[at] = static_cast<std::uint8_t>(rng());
            break;
        case 1:
            input.erase(input.begin() + static_cast<std::ptrdiff_t>(at));
            break;
        case 2:
            input.insert(input.begin() + static_cast<std::ptrdiff_t>(at), static_cast<std::uint8_t>(rng()));
            break;
        default: // repeat a slice: deep nesting, long strings
            input.insert(input.begin() + static_cast<std::ptrdiff_t>(at), input.begin(),
                         input.begin() + static_cast<std::ptrdiff_t>(std::min<std::size_t>(at, 64)));
        }
    }
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s CORPUS_DIR [RUNS] [SEED]\n", argv[0]);
        return 2;
    }
    const std::vector<Input> seeds = readCorpus(argv[1]);
    const long runs = argc > 2 ? std::atol(argv[2]) : 20000;
    std::mt19937 rng(argc > 3 ? static_cast<unsigned>(std::atol(argv[3])) : 1);
    for (const Input &s : seeds)
        LLVMFuzzerTestOneInput(s.data(), s.size());
    for (long i = 0; i < runs; ++i) {
        Input input;
        if (!seeds.empty() && i % 4 != 0) {
            input = seeds[rng() % seeds.size()];
            mutate(input, rng);
        } else {
            input.resize(rng() % 300);
            for (auto &b : input)
                b = static_cast<std::uint8_t>(rng());
        }
        LLVMFuzzerTestOneInput(input.data(), input.size());
    }
    std::printf("replayed %zu seeds and %ld inputs\n", seeds.size(), runs);
    return 0;
}
