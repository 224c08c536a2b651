#include "cabinet/api/gzip.h"
#include "cabinet/api/webassets.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>

namespace fs = std::filesystem;
using cabinet::api::Response;
using cabinet::api::WebAssets;

namespace {

std::string header(const Response &r, const std::string &name)
{
    for (const auto &[n, v] : r.headers)
        if (n == name)
            return v;
    return {};
}

class WebAssetsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        root = fs::temp_directory_path() / ("webassets-" + std::to_string(std::random_device{}()));
        fs::create_directories(root / "assets");
        write(root / "index.html", "<!doctype html><title>Прилавок</title>");
        write(root / "assets/index-abc123.js", std::string(20000, 'x'));
        write(root / "favicon.png", "\x89PNG");
        // A file beside the folder must never be reachable.
        write(root.parent_path() / (root.filename().string() + "-secret.txt"), "secret");
    }
    void TearDown() override
    {
        fs::remove_all(root);
        fs::remove(root.parent_path() / (root.filename().string() + "-secret.txt"));
    }
    static void write(const fs::path &p, const std::string &text)
    {
        std::ofstream(p, std::ios::binary) << text;
    }
    WebAssets load()
    {
        std::string error;
        auto web = WebAssets::load(root, error);
        EXPECT_TRUE(web) << error;
        return std::move(*web);
    }
    fs::path root;
};

} // namespace

TEST_F(WebAssetsTest, AFolderWithoutIndexIsRefusedWithAReason)
{
    fs::remove(root / "index.html");
    std::string error;
    EXPECT_FALSE(WebAssets::load(root, error));
    EXPECT_NE(error.find("index.html"), std::string::npos);
}

TEST_F(WebAssetsTest, PagesOfTheAppGetIndexThatIsNeverCached)
{
    const WebAssets web = load();
    for (const char *path : {"/", "/documents", "/documents/2b1f", "/login"}) {
        const Response r = web.serve("GET", path);
        EXPECT_EQ(r.status, 200) << path;
        EXPECT_EQ(r.body, "<!doctype html><title>Прилавок</title>") << path;
        EXPECT_EQ(r.contentType, "text/html; charset=utf-8");
        EXPECT_EQ(header(r, "Cache-Control"), "no-cache");
        EXPECT_NE(header(r, "Content-Security-Policy").find("frame-ancestors 'none'"), std::string::npos);
    }
}

TEST_F(WebAssetsTest, HashedAssetsAreCachedForAYearAndGzippedOnce)
{
    const WebAssets web = load();
    const Response r = web.serve("GET", "/assets/index-abc123.js");
    EXPECT_EQ(r.status, 200);
    EXPECT_EQ(r.contentType, "text/javascript; charset=utf-8");
    EXPECT_EQ(header(r, "Cache-Control"), "public, max-age=31536000, immutable");
    ASSERT_TRUE(r.gzipBody);
    EXPECT_LT(r.gzipBody->size(), r.body.size());
    EXPECT_EQ(cabinet::api::gunzip(*r.gzipBody, 1 << 20).value_or(""), r.body);
    EXPECT_FALSE(web.serve("GET", "/favicon.png").gzipBody); // binary: not worth it
}

TEST_F(WebAssetsTest, AMissingAssetIs404NotThePage)
{
    const WebAssets web = load();
    EXPECT_EQ(web.serve("GET", "/assets/index-old999.js").status, 404);
    EXPECT_EQ(web.serve("GET", "/robots.txt").status, 404);
}

TEST_F(WebAssetsTest, NoPathLeavesTheFolder)
{
    const WebAssets web = load();
    const std::string sibling = "/../" + root.filename().string() + "-secret.txt";
    for (const std::string &path :
         {sibling, std::string("/assets/../../etc/passwd"), std::string("/%2e%2e/x.txt")}) {
        const Response r = web.serve("GET", path);
        EXPECT_EQ(r.body.find("secret"), std::string::npos) << path;
        EXPECT_EQ(r.body.find("root:"), std::string::npos) << path;
    }
}

TEST_F(WebAssetsTest, OnlyGetIsAnswered)
{
    const WebAssets web = load();
    const Response r = web.serve("POST", "/");
    EXPECT_EQ(r.status, 405);
    EXPECT_EQ(header(r, "Allow"), "GET");
}
