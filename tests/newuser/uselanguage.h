#pragma once

// The screens in one language for the test that follows: every translator off, then ours and Qt's
// for `language` ("en" is the source language: none).

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

#include "widgets/translations.h"

inline void useLanguage(const QString &language)
{
    for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    if (language != QLatin1String("en"))
        QVERIFY(ui::installTranslations(*qApp, language));
}
