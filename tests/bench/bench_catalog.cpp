// Catalog at scale: CSV import, barcode lookup, prefix and word search, memory and file size.
//   bench_catalog [--products 1000000] [--queries 10000] [--dir PATH] [--reuse]
// --reuse skips generation and import and measures a catalog left in --dir by an earlier run, in a
// fresh process, so the RSS figure is that of opening the catalog alone.
// Release build:  cmake -S . -B /work/build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release &&
//                 cmake --build /work/build-bench --target bench_catalog &&
//                 /work/build-bench/bench/bench_catalog --products 1000000
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <ctime>
#include <numeric>
#include <random>

#include "app/catalog/catalogimporter.h"
#include "app/catalog/catalogservice.h"
#include "app/core/validation.h"
#include "app/staff/staffservice.h"
#include "app/storage/database.h"
#include "benchutil.h"

namespace {

const char *nouns[] = {
    "Молоко",  "Кефир",   "Сыр",     "Хлеб",     "Батон",     "Колбаса",   "Сосиски", "Йогурт",  "Творог",
    "Масло",   "Сок",     "Вода",    "Чай",      "Кофе",      "Печенье",   "Конфеты", "Шоколад", "Макароны",
    "Рис",     "Гречка",  "Мука",    "Сахар",    "Соль",      "Пельмени",  "Яблоки",  "Бананы",  "Картофель",
    "Морковь", "Лук",     "Огурцы",  "Помидоры", "Апельсины", "Мандарины", "Пиво",    "Квас",    "Лимонад",
    "Зефир",   "Пряники", "Сметана", "Ряженка",  "Шампунь",   "Мыло",      "Порошок", "Salt",    "Sugar",
    "Coffee",  "Tea",     "Juice",   "Water",    "Bread"};
const char *brands[] = {"Домик в деревне", "Простоквашино", "Вкусвилл",  "Савушкин",   "Мираторг",
                        "Черкизово",       "Макфа",         "Увелка",    "Бабаевский", "Красный Октябрь",
                        "Nestle",          "Danone",        "Coca-Cola", "Orbit",      "Lipton",
                        "Jacobs",          "Heinz",         "Barilla",   "Alpen Gold", "Milka"};
const char *variants[] = {"классический", "отборный", "фермерский",   "лёгкий", "премиум",
                          "детский",      "домашний", "традиционный", "экстра", "био"};

QString ean(long long i)
{
    const QString digits = QStringLiteral("46%1").arg(i, 10, 10, QLatin1Char('0'));
    return digits + QString::number(app::eanCheckDigit(digits));
}

QString article(long long i)
{
    return QStringLiteral("ART%1").arg(i, 7, 10, QLatin1Char('0'));
}

QString name(std::mt19937 &rng, long long i)
{
    const auto pick = [&](std::size_t n) {
        return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng);
    };
    return QString::fromUtf8(nouns[pick(std::size(nouns))]) + QLatin1Char(' ') +
           QString::fromUtf8(brands[pick(std::size(brands))]) + QLatin1Char(' ') +
           QString::fromUtf8(variants[pick(std::size(variants))]) +
           QStringLiteral(" %1 г").arg(100 + i % 900);
}

double elapsedUs(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1000.0;
}

double threadCpuUs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e6 + double(ts.tv_nsec) / 1000.0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication qapp(argc, argv);
    const QStringList args = qapp.arguments();
    const long long products = bench::intArg(args, QStringLiteral("--products"), 1'000'000);
    const long long queries = bench::intArg(args, QStringLiteral("--queries"), 10'000);
    QTemporaryDir tmp;
    const QString dir = bench::stringArg(args, QStringLiteral("--dir")).isEmpty()
                            ? tmp.path()
                            : bench::stringArg(args, QStringLiteral("--dir"));
    QDir().mkpath(dir);
    const QString dbPath = dir + QStringLiteral("/catalog.sqlite");
    const QString csvPath = dir + QStringLiteral("/catalog.csv");
    const bool reuse = args.contains(QStringLiteral("--reuse")) && QFile::exists(dbPath);
    std::mt19937 rng(42);
    if (!reuse) {
        QFile::remove(dbPath);
        QFile::remove(dbPath + QStringLiteral("-wal"));
        QFile::remove(dbPath + QStringLiteral("-shm"));
        std::printf("products=%lld queries=%lld dir=%s\n", products, queries, qPrintable(dir));
        const auto fileSize = [&](const QString &suffix) { return QFileInfo(dbPath + suffix).size(); };

        // 1. The CSV file.
        {
            QElapsedTimer t;
            t.start();
            QFile csv(csvPath);
            if (!csv.open(QIODevice::WriteOnly))
                return 1;
            csv.write("article;name;price;unit;vat;barcodes;category;weighted\n");
            QByteArray chunk;
            for (long long i = 0; i < products; ++i) {
                const bool weighted = i % 20 == 0;
                chunk += article(i).toUtf8() + ';' + name(rng, i).toUtf8() + ';' +
                         QByteArray::number(10 + i % 5000) + ".90;" + (weighted ? "11" : "0") + ';' +
                         (i % 3 ? "11" : "2") + ';' + ean(i).toUtf8() + ";Group " +
                         QByteArray::number(i % 50) + '/' + QByteArray::number(i % 7) + ';' +
                         (weighted ? "1" : "0") + '\n';
                if (chunk.size() > (1 << 20)) {
                    csv.write(chunk);
                    chunk.clear();
                }
            }
            csv.write(chunk);
            std::printf("csv generated: %.1f MB in %.2f s\n", double(csv.size()) / 1e6, elapsedUs(t) / 1e6);
        }

        // 2. Import into a fresh database.
        {
            app::Database db;
            if (!db.open(dbPath).ok())
                return 1;
            app::StaffService staff(db, app::systemClock(), app::PinHasher::FastForTests);
            auto owner = staff.createFirstOwner({QStringLiteral("Bench"), {}, {}, {}, app::Role::Owner},
                                                QStringLiteral("111111"));
            if (!owner)
                return 1;
            QFile csv(csvPath);
            if (!csv.open(QIODevice::ReadOnly))
                return 1;
            QElapsedTimer t;
            t.start();
            const QByteArray data = csv.readAll();
            app::CatalogImporter importer(db);
            int lastDecile = -1;
            const auto report =
                importer.importCsv({owner->id, app::Role::Owner}, data, [&](qint64 done, qint64 total) {
                    const int decile = int(done * 10 / std::max<qint64>(total, 1));
                    if (decile != lastDecile && products >= 100000) {
                        std::printf("  import %d0%% at %.1f s\n", decile, elapsedUs(t) / 1e6);
                        std::fflush(stdout);
                        lastDecile = decile;
                    }
                    return true;
                });
            std::printf(
                "import: rows=%d added=%d applied=%d issues=%lld in %.2f s (incl. reading the file)\n",
                report.rows, report.added, int(report.applied), qlonglong(report.issues.size()),
                elapsedUs(t) / 1e6);
            if (!report.applied)
                return 1;
            QSqlQuery checkpoint(db.connection());
            checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        std::printf("database size: %.1f MB (+ wal %.1f MB)\n", double(fileSize({})) / 1e6,
                    double(fileSize(QStringLiteral("-wal"))) / 1e6);
    }

    // 3. Open the catalog as the till does and measure.
    const long rssBefore = bench::procStatusKiB("VmRSS");
    app::Database db;
    if (!db.open(dbPath).ok())
        return 1;
    app::CatalogService catalog(db);
    std::printf("process RSS: before open %ld KiB, after open %ld KiB (products counted: %lld)\n", rssBefore,
                bench::procStatusKiB("VmRSS"), qlonglong(catalog.productCount()));

    std::uniform_int_distribution<long long> anyProduct(0, products - 1);
    std::vector<double> lookups;
    lookups.reserve(std::size_t(queries));
    for (long long i = 0; i < queries; ++i) {
        const QString code = ean(anyProduct(rng));
        QElapsedTimer t;
        t.start();
        const auto p = catalog.findByBarcode(code);
        lookups.push_back(elapsedUs(t));
        if (!p)
            return 2;
    }
    bench::report("barcode lookup (hit)", lookups);
    std::vector<double> misses;
    for (long long i = 0; i < queries / 10; ++i) {
        const QString code = QStringLiteral("99%1").arg(anyProduct(rng), 11, 10, QLatin1Char('0'));
        QElapsedTimer t;
        t.start();
        if (catalog.findByBarcode(code))
            return 2;
        misses.push_back(elapsedUs(t));
    }
    bench::report("barcode lookup (miss)", misses);

    // The same typed prefixes through the old prefix search and the word search (issue 16).
    const long long searches = std::max<long long>(queries / 10, 100);
    const auto measure = [&](const char *label, auto &&makeQuery, auto &&run) {
        std::vector<double> times;
        std::vector<double> cpu;
        std::vector<double> hits;
        for (long long i = 0; i < searches; ++i) {
            const QString query = makeQuery();
            const double cpuStart = threadCpuUs();
            QElapsedTimer t;
            t.start();
            const QList<app::ProductHit> found = run(query);
            times.push_back(elapsedUs(t));
            cpu.push_back(threadCpuUs() - cpuStart);
            hits.push_back(double(found.size()));
        }
        bench::report(label, times);
        // On a shared machine the wall time includes waiting for a core; this is the query's own cost.
        bench::report("  same, CPU time of the thread", cpu);
        std::printf("%-34s mean hits=%.1f\n", "",
                    std::accumulate(hits.begin(), hits.end(), 0.0) / double(hits.size()));
        return std::accumulate(hits.begin(), hits.end(), 0.0);
    };
    const auto prefixSearch = [&](const QString &q) { return catalog.prefixSearch(q); };
    const auto wordSearch = [&](const QString &q) { return catalog.search(q); };
    // A fresh generator per series, so both searches see the same queries.
    const auto namePrefix = [](std::uint32_t seed) {
        return [rng = std::mt19937(seed), length = std::uniform_int_distribution<int>(2, 6),
                product = std::uniform_int_distribution<long long>(0, 1'000'000)]() mutable {
            std::mt19937 again(std::uint32_t(product(rng)));
            return app::normaliseForSearch(name(again, 0)).left(length(rng));
        };
    };
    measure("name prefix: prefix search", namePrefix(7), prefixSearch);
    measure("name prefix: word search", namePrefix(7), wordSearch);
    const auto articlePrefix = [](std::uint32_t seed, long long count) {
        return [rng = std::mt19937(seed),
                product = std::uniform_int_distribution<long long>(0, count - 1)]() mutable {
            return article(product(rng)).left(8);
        };
    };
    if (measure("article prefix: prefix search", articlePrefix(8, products), prefixSearch) == 0)
        return 3;
    if (measure("article prefix: word search", articlePrefix(8, products), wordSearch) == 0)
        return 3;
    // What only the word search can do: one or two words from inside the name, 3 to 7 letters each
    // (`бородин`), and the start of a barcode.
    const auto innerWords = [](std::uint32_t seed, int words) {
        return [rng = std::mt19937(seed), product = std::uniform_int_distribution<long long>(0, 1'000'000),
                length = std::uniform_int_distribution<int>(3, 7), words]() mutable {
            std::mt19937 again(std::uint32_t(product(rng)));
            QStringList all = name(again, 0).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            all.removeLast(); // the unit, "г"
            QStringList picked;
            for (int w = 0; w < words && all.size() > 1; ++w)
                picked << all.takeAt(qsizetype(1 + rng() % std::uint32_t(all.size() - 1))).left(length(rng));
            return picked.join(QLatin1Char(' '));
        };
    };
    if (measure("one inner word: word search", innerWords(9, 1), wordSearch) == 0)
        return 3;
    if (measure("two inner words: word search", innerWords(10, 2), wordSearch) == 0)
        return 3;
    const auto barcodePrefix = [](std::uint32_t seed, long long count) {
        return [rng = std::mt19937(seed), product = std::uniform_int_distribution<long long>(0, count - 1),
                length = std::uniform_int_distribution<int>(8, 13)]() mutable {
            return ean(product(rng)).left(length(rng));
        };
    };
    if (measure("barcode start: word search", barcodePrefix(11, products), wordSearch) == 0)
        return 3;
    std::printf("process RSS after the queries: %ld KiB (peak %ld KiB)\n", bench::procStatusKiB("VmRSS"),
                bench::procStatusKiB("VmHWM"));
    return 0;
}
