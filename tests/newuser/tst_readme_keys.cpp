// The README's "At the till" keys against the demo till's own shortcuts (issue 16): a new user
// learns the keys there, so every key the window answers to is written down, and the F2 line says
// what the search does now (any word of the name, the article or the barcode; ё = е).

#include <QAction>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include "tests/till_ui/tillrig.h"

class TstReadmeKeys : public QObject
{
    Q_OBJECT

    static QString tillSection()
    {
        QFile f(QStringLiteral(PRILAVOK_README));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        const QString text = QString::fromUtf8(f.readAll());
        const qsizetype from = text.indexOf(QStringLiteral("## At the till"));
        const qsizetype to = text.indexOf(QStringLiteral("\n## "), from + 1);
        return from < 0 ? QString() : text.mid(from, to < 0 ? -1 : to - from);
    }

    // The keys the text names, with its short forms spread out: "Ctrl+1..2", "Ctrl+Shift+O/X/Z".
    static QSet<QString> documentedKeys(const QString &section)
    {
        QSet<QString> keys;
        static const QRegularExpression key(QStringLiteral(
            R"((?<![\w+])((?:(?:Ctrl|Shift|Alt)\+)*)(F\d+|Del|Enter|Esc|[A-Z0-9])((?:/[A-Z0-9])*)(?:\.\.(\d))?(?![\w+]))"));
        for (auto it = key.globalMatch(section); it.hasNext();) {
            const auto m = it.next();
            const QString mods = m.captured(1);
            QStringList ends{m.captured(2)};
            for (const QString &other : m.captured(3).split(QLatin1Char('/'), Qt::SkipEmptyParts))
                ends << other;
            if (!m.captured(4).isEmpty())
                for (int d = m.captured(2).toInt() + 1; d <= m.captured(4).toInt(); ++d)
                    ends << QString::number(d);
            for (const QString &end : ends)
                keys.insert(mods + end);
        }
        return keys;
    }

private Q_SLOTS:
    void everyShortcutIsInTheReadme()
    {
        const QString section = tillSection();
        QVERIFY2(!section.isEmpty(), PRILAVOK_README);
        const QSet<QString> documented = documentedKeys(section);
        TillRig rig;
        QVERIFY(rig.open());
        QStringList missing;
        for (const QAction *a : rig.window->findChildren<QAction *>())
            for (const QKeySequence &s : a->shortcuts()) {
                const QString k = s.toString(QKeySequence::PortableText);
                if (!documented.contains(k))
                    missing << QStringLiteral("%1 (%2)").arg(k, a->text());
            }
        missing.removeDuplicates();
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
    }

    void theSearchLineSaysWhatTheSearchDoes()
    {
        const QString section = tillSection();
        QString f2;
        for (const QString &line : section.split(QLatin1Char('\n')))
            if (line.startsWith(QStringLiteral("| F2 |")))
                f2 = line;
        QVERIFY2(!f2.isEmpty(), "no F2 line in the README's keys");
        for (const char *said : {"any word", "article", "barcode", "ё = е"})
            QVERIFY2(f2.contains(QString::fromUtf8(said)), said);
    }
};

QTEST_MAIN(TstReadmeKeys)
#include "tst_readme_keys.moc"
