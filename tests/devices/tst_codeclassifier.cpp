#include <QTest>

#include "devices/codeclassifier.h"
#include "devices/gs1.h"

using devices::CodeError;
using devices::CodeKind;

class TstCodeClassifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checkDigits_data()
    {
        QTest::addColumn<QString>("digits");
        QTest::addColumn<bool>("valid");
        QTest::newRow("EAN-13") << QStringLiteral("4601234567893") << true;
        QTest::newRow("EAN-13 wrong") << QStringLiteral("4601234567894") << false;
        QTest::newRow("EAN-8") << QStringLiteral("12345670") << true;
        QTest::newRow("EAN-8 wrong") << QStringLiteral("12345671") << false;
        QTest::newRow("UPC-A") << QStringLiteral("036000291452") << true;
        QTest::newRow("UPC-A wrong") << QStringLiteral("036000291453") << false;
        QTest::newRow("GTIN-14") << QStringLiteral("04606203098187") << true;
        QTest::newRow("EAN-13 all zero") << QStringLiteral("0000000000000") << true;
        QTest::newRow("length 11") << QStringLiteral("01234567890") << false;
        QTest::newRow("letters") << QStringLiteral("460123456789A") << false;
    }

    void checkDigits()
    {
        QFETCH(QString, digits);
        QFETCH(bool, valid);
        QCOMPARE(devices::gs1::hasValidCheckDigit(digits), valid);
    }

    void classify_data()
    {
        QTest::addColumn<QString>("scanned");
        QTest::addColumn<CodeKind>("kind");
        QTest::addColumn<CodeError>("error");
        QTest::addColumn<QString>("text");

        QTest::newRow("EAN-13") << QStringLiteral("4601234567893") << CodeKind::Ean13 << CodeError::None
                                << QStringLiteral("4601234567893");
        QTest::newRow("EAN-13 misread") << QStringLiteral("4601234567894") << CodeKind::Invalid
                                        << CodeError::BadCheckDigit << QStringLiteral("4601234567894");
        QTest::newRow("EAN-8") << QStringLiteral("12345670") << CodeKind::Ean8 << CodeError::None
                               << QStringLiteral("12345670");
        QTest::newRow("UPC-A") << QStringLiteral("036000291452") << CodeKind::UpcA << CodeError::None
                               << QStringLiteral("036000291452");
        QTest::newRow("ITF-14") << QStringLiteral("04606203098187") << CodeKind::Gtin14 << CodeError::None
                                << QStringLiteral("04606203098187");
        QTest::newRow("GS1-128 GTIN") << QStringLiteral("0104606203098187") << CodeKind::Gtin14
                                      << CodeError::None << QStringLiteral("04606203098187");
        QTest::newRow("AIM EAN prefix") << QStringLiteral("]E04601234567893") << CodeKind::Ean13
                                        << CodeError::None << QStringLiteral("4601234567893");
        QTest::newRow("weighted") << QStringLiteral("2200123012340") << CodeKind::Weighted << CodeError::None
                                  << QStringLiteral("2200123012340");
        QTest::newRow("Code128") << QStringLiteral("CARD-0042") << CodeKind::Other << CodeError::None
                                 << QStringLiteral("CARD-0042");
        QTest::newRow("Cyrillic") << QStringLiteral("СФКВ-0042") << CodeKind::Invalid
                                  << CodeError::KeyboardLayout << QStringLiteral("СФКВ-0042");
        QTest::newRow("control char") << QStringLiteral("AB\x01"
                                                        "C")
                                      << CodeKind::Invalid << CodeError::InvalidCharacter
                                      << QStringLiteral("AB\x01"
                                                        "C");
        QTest::newRow("empty") << QStringLiteral("\r\n") << CodeKind::Invalid << CodeError::Empty
                               << QString();
        QTest::newRow("marking") << QStringLiteral("]d2010460404000111721x7Y!z%&93Q1w2") << CodeKind::Marking
                                 << CodeError::None
                                 << QStringLiteral("010460404000111721x7Y!z%&\x1d"
                                                   "93Q1w2");
        QTest::newRow("broken marking") << QStringLiteral("010460404000111821x7Y!z%&\x1d"
                                                          "93Q1w2")
                                        << CodeKind::Invalid << CodeError::BadGtinCheckDigit
                                        << QStringLiteral("010460404000111821x7Y!z%&\x1d"
                                                          "93Q1w2");
    }

    void classify()
    {
        QFETCH(QString, scanned);
        QFETCH(CodeKind, kind);
        QFETCH(CodeError, error);
        QFETCH(QString, text);
        const auto code = devices::classifyCode(scanned);
        QCOMPARE(code.kind, kind);
        QCOMPARE(code.error, error);
        QCOMPARE(code.text, text);
        QCOMPARE(code.marking.has_value(), kind == CodeKind::Marking);
        QCOMPARE(code.weighted.has_value(), kind == CodeKind::Weighted);
    }

    void weighted_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<int>("divisor");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("matches");
        QTest::addColumn<QString>("product");
        QTest::addColumn<qint64>("grams");   // -1: a price template
        QTest::addColumn<qint64>("kopecks"); // -1: a weight template

        QTest::newRow("grams") << "22PPPPPWWWWWC" << 1000 << "2200123012340" << true << "00123"
                               << qint64(1234) << qint64(-1);
        QTest::newRow("tens of grams")
            << "2#PPPPPWWWWWC" << 100 << "2200123012340" << true << "00123" << qint64(12340) << qint64(-1);
        QTest::newRow("price in kopecks")
            << "24PPPPPMMMMMC" << 100 << "2400123001232" << true << "00123" << qint64(-1) << qint64(123);
        QTest::newRow("price in roubles")
            << "24PPPPPMMMMMC" << 1 << "2400123001232" << true << "00123" << qint64(-1) << qint64(12300);
        QTest::newRow("six-digit PLU")
            << "2#PPPPPPWWWWC" << 1000 << "2200123012340" << true << "001230" << qint64(1234) << qint64(-1);
        QTest::newRow("other prefix")
            << "23PPPPPWWWWWC" << 1000 << "2200123012340" << false << "" << qint64(-1) << qint64(-1);
        QTest::newRow("bad check digit")
            << "22PPPPPWWWWWC" << 1000 << "2200123012341" << false << "" << qint64(-1) << qint64(-1);
        QTest::newRow("ignored digits")
            << "22PPPPPXWWWWC" << 1000 << "2200123012340" << true << "00123" << qint64(1234) << qint64(-1);
    }

    void weighted()
    {
        QFETCH(QString, pattern);
        QFETCH(int, divisor);
        QFETCH(QString, code);
        QFETCH(bool, matches);
        QFETCH(QString, product);
        QFETCH(qint64, grams);
        QFETCH(qint64, kopecks);
        const devices::WeightedTemplate t{pattern, divisor};
        QVERIFY2(t.validate().isEmpty(), qPrintable(t.validate()));
        const auto item = devices::matchWeighted(code, {t});
        QCOMPARE(item.has_value(), matches);
        if (!item)
            return;
        QCOMPARE(item->productCode, product);
        QCOMPARE(item->grams.value_or(-1), grams);
        QCOMPARE(item->kopecks.value_or(-1), kopecks);
    }

    void templateValidation_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<bool>("valid");
        QTest::newRow("ok") << "22PPPPPWWWWWC" << true;
        QTest::newRow("both weight and price") << "22PPPPWWWMMMC" << false;
        QTest::newRow("no product") << "22WWWWWWWWWWC" << false;
        QTest::newRow("check digit in the middle") << "22PPPPPCWWWWW" << false;
        QTest::newRow("unknown letter") << "22PPPPPWWWWWZ" << false;
    }

    void templateValidation()
    {
        QFETCH(QString, pattern);
        QFETCH(bool, valid);
        QCOMPARE(devices::WeightedTemplate{pattern}.validate().isEmpty(), valid);
    }

    void settingsRoundTrip()
    {
        devices::ClassifierSettings settings;
        settings.weightedTemplates = {{QStringLiteral("27PPPPPMMMMMC"), 100}};
        settings.acceptOtherCodes = false;
        const auto back = devices::ClassifierSettings::fromMap(settings.toMap());
        QCOMPARE(back.weightedTemplates, settings.weightedTemplates);
        QCOMPARE(back.acceptOtherCodes, false);
        QCOMPARE(devices::classifyCode(QStringLiteral("CARD-1"), back).error, CodeError::UnknownStructure);
        QCOMPARE(devices::ClassifierSettings::fromMap({}).weightedTemplates,
                 devices::defaultWeightedTemplates());
    }
};

QTEST_GUILESS_MAIN(TstCodeClassifier)
#include "tst_codeclassifier.moc"
