#include <QTest>

#include "devices/keystrokedecoder.h"
#include "keyrecording.h"

using devices::KeystrokeDecoder;
using devices::WedgeSettings;
using testing_support::KeyRecording;
using testing_support::Layout;

namespace {

struct Outcome
{
    QStringList codes;
    QString widget; // what the focused widget received, in order
    bool repaired = false;
};

QString visible(const devices::KeyStroke &s)
{
    if (s.key == Qt::Key_Return || s.key == Qt::Key_Enter)
        return QStringLiteral("<CR>");
    if (s.key == Qt::Key_Tab)
        return QStringLiteral("<TAB>");
    return s.text;
}

Outcome play(const KeyRecording &recording, const WedgeSettings &settings)
{
    KeystrokeDecoder decoder(settings, recording.scanCodes);
    Outcome outcome;
    auto deliver = [&](const QList<quint64> &ids) {
        for (const quint64 id : ids) {
            const auto &s = recording.strokes.at(qsizetype(id - 1));
            if (s.press)
                outcome.widget += visible(s);
        }
    };
    auto take = [&](const KeystrokeDecoder::Result &r) {
        deliver(r.replay);
        if (r.code) {
            outcome.codes << r.code->text;
            outcome.repaired = outcome.repaired || r.code->layoutRepaired;
        }
    };
    for (const auto &stroke : recording.strokes) {
        const auto result = decoder.feed(stroke);
        take(result);
        if (!result.swallow && stroke.press)
            outcome.widget += visible(stroke);
    }
    take(decoder.expire());
    return outcome;
}

const QString GS = QStringLiteral("\x1d");

} // namespace

class TstKeystrokeDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordings_data()
    {
        QTest::addColumn<KeyRecording>("recording");
        QTest::addColumn<WedgeSettings>("settings");
        QTest::addColumn<QStringList>("codes");
        QTest::addColumn<QString>("widget");
        QTest::addColumn<bool>("repaired");

        const WedgeSettings defaults;
        const QString ean = QStringLiteral("4601234567893");

        QTest::newRow("fast scanner")
            << KeyRecording().type(ean, 8).key(Qt::Key_Return, 8, {}, QStringLiteral("\r")) << defaults
            << QStringList{ean} << QString() << false;
        QTest::newRow("scanner, keypad Enter")
            << KeyRecording().type(ean, 3).key(Qt::Key_Enter, 3, Qt::KeypadModifier) << defaults
            << QStringList{ean} << QString() << false;
        QTest::newRow("scanner, Tab") << KeyRecording().type(ean, 5).key(Qt::Key_Tab, 5) << defaults
                                      << QStringList{ean} << QString() << false;
        QTest::newRow("slow human")
            << KeyRecording().type(QStringLiteral("12345678"), 150).key(Qt::Key_Return, 200) << defaults
            << QStringList{} << QStringLiteral("12345678<CR>") << false;
        QTest::newRow("human rollover")
            << KeyRecording().type(QStringLiteral("ab"), 20).pause(300).type(QStringLiteral("c"), 0)
            << defaults << QStringList{} << QStringLiteral("abc") << false;
        QTest::newRow("mixed: human, scan, human")
            << KeyRecording()
                   .type(QStringLiteral("12"), 180)
                   .pause(300)
                   .type(ean, 6)
                   .key(Qt::Key_Return, 6)
                   .pause(400)
                   .type(QStringLiteral("5"), 0)
            << defaults << QStringList{ean} << QStringLiteral("125") << false;
        QTest::newRow("two scans back to back")
            << KeyRecording()
                   .type(ean, 5)
                   .key(Qt::Key_Return, 5)
                   .pause(100)
                   .type(QStringLiteral("12345670"), 5)
                   .key(Qt::Key_Return, 5)
            << defaults << QStringList{ean, QStringLiteral("12345670")} << QString() << false;
        QTest::newRow("short fast burst is not a scan")
            << KeyRecording().type(QStringLiteral("12"), 5).key(Qt::Key_Return, 5) << defaults
            << QStringList{} << QStringLiteral("12<CR>") << false;
        QTest::newRow("burst without terminator is typing")
            << KeyRecording().type(ean, 5) << defaults << QStringList{} << ean << false;
        {
            WedgeSettings noSuffix;
            noSuffix.terminatorRequired = false;
            QTest::newRow("scanner without suffix, pause ends it")
                << KeyRecording().type(ean, 5) << noSuffix << QStringList{ean} << QString() << false;
        }
        QTest::newRow("slow scanner over the gap")
            << KeyRecording().type(ean, 60).key(Qt::Key_Return, 60) << defaults << QStringList{}
            << ean + QStringLiteral("<CR>") << false;
        {
            WedgeSettings slow;
            slow.maxGapMs = 80;
            QTest::newRow("slow scanner, gap raised") << KeyRecording().type(ean, 60).key(Qt::Key_Return, 60)
                                                      << slow << QStringList{ean} << QString() << false;
        }

        // Russian layout: the same keys give Cyrillic text.
        const QString latin = QStringLiteral("010460404000111721x7Y!z%&");
        QTest::newRow("Russian layout, text only")
            << KeyRecording()
                   .type(latin, 4, Layout::Russian)
                   .key(Qt::Key_BracketRight, 4, Qt::ControlModifier, GS)
                   .type(QStringLiteral("93Q1w2"), 4, Layout::Russian)
                   .key(Qt::Key_Return, 4)
            << defaults << QStringList{latin + GS + QStringLiteral("93Q1w2")} << QString() << true;
        {
            KeyRecording physical;
            physical.scanCodes = devices::ScanCodeSet::Xkb;
            physical.type(latin + QStringLiteral(".,;"), 4, Layout::Russian).key(Qt::Key_Return, 4);
            QTest::newRow("Russian layout, physical keys")
                << physical << defaults << QStringList{latin + QStringLiteral(".,;")} << QString() << false;
        }
        {
            KeyRecording windows;
            windows.scanCodes = devices::ScanCodeSet::Windows;
            windows.type(QStringLiteral("AbC-123/xyz"), 4, Layout::Russian).key(Qt::Key_Return, 4);
            QTest::newRow("Russian layout, Windows scan codes")
                << windows << defaults << QStringList{QStringLiteral("AbC-123/xyz")} << QString() << false;
        }
        QTest::newRow("human typing Cyrillic is left alone")
            << KeyRecording().type(QStringLiteral("hello"), 200, Layout::Russian) << defaults << QStringList{}
            << QStringLiteral("руддщ") << false;

        // GS, the way different scanners send it.
        const QString marking = QStringLiteral("010460404000111721x7Y!z%&") + GS + QStringLiteral("93Q1w2");
        QTest::newRow("GS as Ctrl+]") << KeyRecording()
                                             .type(QStringLiteral("010460404000111721x7Y!z%&"), 4)
                                             .key(Qt::Key_BracketRight, 4, Qt::ControlModifier)
                                             .type(QStringLiteral("93Q1w2"), 4)
                                             .key(Qt::Key_Return, 4)
                                      << defaults << QStringList{marking} << QString() << false;
        QTest::newRow("GS as F8") << KeyRecording()
                                         .type(QStringLiteral("010460404000111721x7Y!z%&"), 4)
                                         .key(Qt::Key_F8, 4)
                                         .type(QStringLiteral("93Q1w2"), 4)
                                         .key(Qt::Key_Return, 4)
                                  << defaults << QStringList{marking} << QString() << false;
        QTest::newRow("F8 alone is the cashier's hotkey")
            << KeyRecording().key(Qt::Key_F8, 500) << defaults << QStringList{} << QString() << false;
        {
            WedgeSettings tilde;
            tilde.gsSubstitute = QStringLiteral("~");
            QTest::newRow("GS as a substitute character")
                << KeyRecording()
                       .type(QStringLiteral("~010460404000111721x7Y!z%&~93Q1w2"), 4)
                       .key(Qt::Key_Return, 4)
                << tilde << QStringList{GS + marking} << QString() << false;
        }
        QTest::newRow("GS as Alt+029") << KeyRecording()
                                              .type(QStringLiteral("010460404000111721x7Y!z%&"), 4)
                                              .altCode(29, 4)
                                              .type(QStringLiteral("93Q1w2"), 4)
                                              .key(Qt::Key_Return, 4)
                                       << defaults << QStringList{marking} << QString() << false;

        // Prefix and suffix set up in the scanner must not leak, and must not eat a typed character.
        {
            WedgeSettings framed;
            framed.prefix = QStringLiteral("%");
            framed.suffix = QStringLiteral("$$");
            QTest::newRow("prefix and suffix stripped")
                << KeyRecording()
                       .type(QStringLiteral("%") + ean + QStringLiteral("$$"), 4)
                       .key(Qt::Key_Return, 4)
                << framed << QStringList{ean} << QString() << false;
            QTest::newRow("prefix typed by a person passes")
                << KeyRecording().type(QStringLiteral("%1"), 250) << framed << QStringList{}
                << QStringLiteral("%1") << false;
        }
        {
            WedgeSettings off;
            off.enabled = false;
            QTest::newRow("disabled") << KeyRecording().type(ean, 5).key(Qt::Key_Return, 5) << off
                                      << QStringList{} << ean + QStringLiteral("<CR>") << false;
        }
        QTest::newRow("shortcut in a burst flushes it")
            << KeyRecording().type(QStringLiteral("123"), 5).key(Qt::Key_S, 5, Qt::ControlModifier)
            << defaults << QStringList{} << QStringLiteral("123") << false;
    }

    void recordings()
    {
        QFETCH(KeyRecording, recording);
        QFETCH(WedgeSettings, settings);
        QFETCH(QStringList, codes);
        QFETCH(QString, widget);
        QFETCH(bool, repaired);

        const Outcome outcome = play(recording, settings);
        QCOMPARE(outcome.codes, codes);
        QCOMPARE(outcome.widget, widget);
        QCOMPARE(outcome.repaired, repaired);
    }

    void scanCodeTables()
    {
        using devices::ScanCodeSet;
        QCOMPARE(devices::usCharacterForScanCode(38, ScanCodeSet::Xkb, false), QLatin1Char('a'));
        QCOMPARE(devices::usCharacterForScanCode(0x1E, ScanCodeSet::Windows, true), QLatin1Char('A'));
        QCOMPARE(devices::usCharacterForScanCode(0x11C, ScanCodeSet::Windows, false), QChar());
        QCOMPARE(devices::usCharacterForScanCode(10, ScanCodeSet::Xkb, true), QLatin1Char('!'));
        QCOMPARE(devices::usCharacterForScanCode(38, ScanCodeSet::None, false), QChar());
        QCOMPARE(devices::scanCodeSetForPlatform(QStringLiteral("xcb")), ScanCodeSet::Xkb);
        QCOMPARE(devices::scanCodeSetForPlatform(QStringLiteral("windows")), ScanCodeSet::Windows);
        QCOMPARE(devices::scanCodeSetForPlatform(QStringLiteral("offscreen")), ScanCodeSet::None);
        QCOMPARE(devices::latinForRussianLayout(QChar(0x0444), false), QLatin1Char('a')); // ф
        QCOMPARE(devices::latinForRussianLayout(QChar(0x042E), false), QLatin1Char('>')); // Ю
        QCOMPARE(devices::latinForRussianLayout(QLatin1Char('.'), false), QLatin1Char('.'));
        QCOMPARE(devices::latinForRussianLayout(QLatin1Char('.'), true), QLatin1Char('/'));
    }

    void settingsRoundTrip()
    {
        WedgeSettings s;
        s.maxGapMs = 25;
        s.minLength = 8;
        s.terminatorKeys = {Qt::Key_Return};
        s.prefix = QStringLiteral("]C1");
        s.gsSubstitute = QStringLiteral("~");
        s.gsKeys = {Qt::Key_F9};
        s.altCodes = false;
        QCOMPARE(WedgeSettings::fromMap(s.toMap()), s);
        QCOMPARE(WedgeSettings::fromMap({}), WedgeSettings());
    }
};

QTEST_GUILESS_MAIN(TstKeystrokeDecoder)
#include "tst_keystrokedecoder.moc"
