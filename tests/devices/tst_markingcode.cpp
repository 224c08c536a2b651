#include <QTest>

#include "devices/markingcode.h"

using devices::CodeError;
using devices::MarkingFormat;

namespace {

// Test data writes GS as "|" and FNC1 (ASCII 232) as "^" so the tables stay readable.
QString code(const char *text)
{
    QString s = QString::fromLatin1(text);
    s.replace(QLatin1Char('|'), QChar(0x1D));
    s.replace(QLatin1Char('^'), QChar(0xE8));
    return s;
}

QByteArray bytes(const char *text)
{
    QByteArray b(text);
    b.replace('|', '\x1d');
    return b;
}

const char *const Crypto44 = "MEUCIQD7ZTSsnTxL+ZRrGh4s5cmtBLkBJaxfvbi2qNlJ";

} // namespace

class TstMarkingCode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validCodes_data()
    {
        QTest::addColumn<QString>("scanned");
        QTest::addColumn<MarkingFormat>("format");
        QTest::addColumn<QString>("gtin");
        QTest::addColumn<QString>("serial");
        QTest::addColumn<QByteArray>("fiscal");
        QTest::addColumn<bool>("restored");

        const QByteArray shoes = QByteArray("0104601234567893"
                                            "21ABCDEFGHIJKLM|91EE06|92") +
                                 Crypto44;
        QTest::newRow("dairy") << code("010460700112233321ABC123|93dGVz") << MarkingFormat::Dairy
                               << "04607001122333"
                               << "ABC123" << bytes("010460700112233321ABC123|93dGVz") << false;
        QTest::newRow("dairy weighted with expiry")
            << code("010460700112233321aB1-2.|93Ab+/|310300045017251231") << MarkingFormat::Dairy
            << "04607001122333"
            << "aB1-2." << bytes("010460700112233321aB1-2.|93Ab+/|310300045017251231") << false;
        QTest::newRow("beer") << code("010460404000111721x7Y!z%&|93Q1w2") << MarkingFormat::Beer
                              << "04604040001117"
                              << "x7Y!z%&" << bytes("010460404000111721x7Y!z%&|93Q1w2") << false;
        QTest::newRow("water") << code("010460611122233921AbCdEfGhIjKlM|93zz99") << MarkingFormat::ShortCrypto
                               << "04606111222339"
                               << "AbCdEfGhIjKlM" << bytes("010460611122233921AbCdEfGhIjKlM|93zz99") << false;
        QTest::newRow("shoes") << QString::fromLatin1(bytes(shoes.constData())) << MarkingFormat::LongCrypto
                               << "04601234567893"
                               << "ABCDEFGHIJKLM" << bytes(shoes.constData()) << false;
        QTest::newRow("tobacco pack")
            << code("04606203098187-(5dF&aAAAAbCdE") << MarkingFormat::TobaccoPack << "04606203098187"
            << "-(5dF&a" << bytes("04606203098187-(5dF&aAAAAbCdE") << false;
        QTest::newRow("tobacco block")
            << code("0104606203098187217A'b:c;|8005015500|93xyZ1") << MarkingFormat::TobaccoBlock
            << "04606203098187"
            << "7A'b:c;" << bytes("0104606203098187217A'b:c;|8005015500|93xyZ1") << false;
        QTest::newRow("AIM prefix and FNC1")
            << code("]d2^010460700112233321ABC123|93dGVz") << MarkingFormat::Dairy << "04607001122333"
            << "ABC123" << bytes("010460700112233321ABC123|93dGVz") << false;
        QTest::newRow("FNC1 as 232 inside")
            << code("010460700112233321ABC123^93dGVz") << MarkingFormat::Dairy << "04607001122333"
            << "ABC123" << bytes("010460700112233321ABC123|93dGVz") << false;
        QTest::newRow("trailing CR LF")
            << code("010460404000111721x7Y!z%&|93Q1w2\r\n") << MarkingFormat::Beer << "04604040001117"
            << "x7Y!z%&" << bytes("010460404000111721x7Y!z%&|93Q1w2") << false;
        // Wedge scanners without a GS mapping drop the separators; the group lengths put them back.
        QTest::newRow("beer, GS lost")
            << code("010460404000111721x7Y!z%&93Q1w2") << MarkingFormat::Beer << "04604040001117"
            << "x7Y!z%&" << bytes("010460404000111721x7Y!z%&|93Q1w2") << true;
        QTest::newRow("dairy, GS lost")
            << code("010460700112233321ABC12393dGVz") << MarkingFormat::Dairy << "04607001122333"
            << "ABC123" << bytes("010460700112233321ABC123|93dGVz") << true;
        QTest::newRow("water, GS lost")
            << code("010460611122233921AbCdEfGhIjKlM93zz99") << MarkingFormat::ShortCrypto << "04606111222339"
            << "AbCdEfGhIjKlM" << bytes("010460611122233921AbCdEfGhIjKlM|93zz99") << true;
        QByteArray shoesLost = shoes;
        shoesLost.replace('|', QByteArray());
        QTest::newRow("shoes, GS lost")
            << QString::fromLatin1(shoesLost) << MarkingFormat::LongCrypto << "04601234567893"
            << "ABCDEFGHIJKLM" << bytes(shoes.constData()) << true;
        QTest::newRow("tobacco block, GS lost")
            << code("0104606203098187217A'b:c;800501550093xyZ1") << MarkingFormat::TobaccoBlock
            << "04606203098187"
            << "7A'b:c;" << bytes("0104606203098187217A'b:c;|8005015500|93xyZ1") << true;
    }

    void validCodes()
    {
        QFETCH(QString, scanned);
        QFETCH(MarkingFormat, format);
        QFETCH(QString, gtin);
        QFETCH(QString, serial);
        QFETCH(QByteArray, fiscal);
        QFETCH(bool, restored);

        QVERIFY(devices::looksLikeMarkingCode(scanned));
        const auto result = devices::parseMarkingCode(scanned);
        QVERIFY2(result.ok(), qPrintable(result.message() + QStringLiteral(" / ") + result.detail));
        QCOMPARE(result.code->format, format);
        QCOMPARE(result.code->gtin, gtin);
        QCOMPARE(result.code->serial, serial);
        QCOMPARE(result.code->toFiscalBytes(), fiscal);
        QCOMPARE(result.code->separatorsRestored, restored);
    }

    void fields()
    {
        const auto dairy =
            devices::parseMarkingCode(code("]d2010460700112233321aB1-2.|93Ab+/|310300045017251200"));
        QVERIFY(dairy.ok());
        QCOMPARE(dairy.code->symbologyId, QStringLiteral("]d2"));
        QCOMPARE(dairy.code->cryptoTail, QStringLiteral("Ab+/"));
        QCOMPARE(dairy.code->grams, 450);
        QCOMPARE(dairy.code->expiry, QDate(2025, 12, 31)); // DD = 00 means the end of the month
        QCOMPARE(dairy.code->identity(), QStringLiteral("010460700112233321aB1-2."));
        QCOMPARE(dairy.code->fields.size(), 5);

        const auto block = devices::parseMarkingCode(code("0104606203098187217A'b:c;|8005015500|93xyZ1"));
        QVERIFY(block.ok());
        QCOMPARE(block.code->maxRetailPriceKopecks, 15500);

        const auto pack = devices::parseMarkingCode(code("04606203098187-(5dF&aAAAAbCdE"));
        QVERIFY(pack.ok());
        QCOMPARE(pack.code->priceEncoded, QStringLiteral("AAAA"));
        QCOMPARE(pack.code->cryptoTail, QStringLiteral("bCdE"));
        QCOMPARE(pack.code->identity(), QStringLiteral("04606203098187-(5dF&a"));

        const auto shoes =
            devices::parseMarkingCode(QString::fromLatin1(QByteArray("0104601234567893"
                                                                     "21ABCDEFGHIJKLM|91EE06|92")
                                                              .replace('|', '\x1d') +
                                                          Crypto44));
        QVERIFY(shoes.ok());
        QCOMPARE(shoes.code->verificationKey, QStringLiteral("EE06"));
        QCOMPARE(shoes.code->verificationCode, QString::fromLatin1(Crypto44));

        const auto fresh =
            devices::parseMarkingCode(code("010460700112233321ABC123|93dGVz|7003251231235910BATCH7"));
        QVERIFY2(fresh.ok(), qPrintable(fresh.message()));
        QCOMPARE(fresh.code->expiryTime, QDateTime(QDate(2025, 12, 31), QTime(23, 59)));
        QCOMPARE(fresh.code->batch, QStringLiteral("BATCH7"));
    }

    void brokenCodes_data()
    {
        QTest::addColumn<QString>("scanned");
        QTest::addColumn<CodeError>("error");

        QTest::newRow("empty") << QString() << CodeError::Empty;
        QTest::newRow("Russian layout") << QStringLiteral("010460700112233321ФИС123\x1d"
                                                          "93dGVz")
                                        << CodeError::KeyboardLayout;
        QTest::newRow("GTIN check digit")
            << code("010460700112233421ABC123|93dGVz") << CodeError::BadGtinCheckDigit;
        QTest::newRow("GTIN letters") << code("01046070011223A321ABC123|93dGVz") << CodeError::BadGtin;
        QTest::newRow("no serial") << code("010460700112233393dGVz") << CodeError::MissingSerial;
        QTest::newRow("no crypto (a document code)")
            << code("010460611122233921AbCdEfGhIjKlM") << CodeError::MissingCryptoTail;
        QTest::newRow("91 too short") << QString::fromLatin1(QByteArray("0104601234567893"
                                                                        "21ABCDEFGHIJKLM|91EE0|92")
                                                                 .replace('|', '\x1d') +
                                                             Crypto44)
                                      << CodeError::BadVerificationKey;
        QTest::newRow("92 cut") << code("010460123456789321ABCDEFGHIJKLM|91EE06|92MEUCIQD7ZTSsnTxL")
                                << CodeError::BadVerificationCode;
        QTest::newRow("91 without 92")
            << code("010460123456789321ABCDEFGHIJKLM|91EE06") << CodeError::MissingCryptoTail;
        QTest::newRow("93 too short") << code("010460700112233321ABC123|93dGV") << CodeError::BadCryptoTail;
        QTest::newRow("serial of 5") << code("010460700112233321ABC12|93dGVz") << CodeError::BadSerialLength;
        QTest::newRow("block serial of 6")
            << code("010460620309818721ABC123|8005015500|93xyZ1") << CodeError::BadSerialLength;
        QTest::newRow("bad expiry date")
            << code("010460700112233321ABC123|93dGVz|17251340") << CodeError::BadAiValue;
        QTest::newRow("weight not digits")
            << code("010460700112233321ABC123|93dGVz|31030004X0") << CodeError::BadAiValue;
        QTest::newRow("unknown AI") << code("010460700112233321ABC123|93dGVz|89xx") << CodeError::UnknownAi;
        QTest::newRow("truncated GTIN") << code("0104607001") << CodeError::TruncatedAi;
        QTest::newRow("space in serial")
            << code("010460700112233321ABC 12|93dGVz") << CodeError::InvalidCharacter;
        QTest::newRow("GS lost, odd serial")
            << code("010460700112233321ABCDEFGHIJ93abcd") << CodeError::MissingSeparator;
        QTest::newRow("pack check digit")
            << code("04606203098188-(5dF&aAAAAbCdE") << CodeError::BadGtinCheckDigit;
        QTest::newRow("pack with a space")
            << code("04606203098187-(5dF aAAAAbCdE") << CodeError::InvalidCharacter;
        QTest::newRow("not GS1") << code("0204607001122333|21ABC") << CodeError::UnknownStructure;
    }

    void brokenCodes()
    {
        QFETCH(QString, scanned);
        QFETCH(CodeError, error);
        const auto result = devices::parseMarkingCode(scanned);
        QVERIFY(!result.ok());
        QCOMPARE(result.error, error);
        QVERIFY(!result.message().isEmpty());
    }

    void formatsHaveNames()
    {
        for (auto f : {MarkingFormat::TobaccoPack, MarkingFormat::TobaccoBlock, MarkingFormat::Dairy,
                       MarkingFormat::Beer, MarkingFormat::ShortCrypto, MarkingFormat::LongCrypto})
            QVERIFY(!devices::markingFormatText(f).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstMarkingCode)
#include "tst_markingcode.moc"
