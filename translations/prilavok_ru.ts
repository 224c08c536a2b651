<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en_US">
<context>
    <name>LaunchOptions</name>
    <message>
        <source>Prilavok: the cashier workstation for Shtrih-M fiscal registrars.</source>
        <translation>Прилавок: рабочее место кассира для фискальных регистраторов Штрих-М.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Показать эту справку и выйти.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Показать версию и выйти.</translation>
    </message>
    <message>
        <source>Demo mode: a built-in registrar emulator and a sample catalog, nothing is kept.</source>
        <translation>Демо-режим: встроенный эмулятор ФР и пример каталога, ничего не сохраняется.</translation>
    </message>
    <message>
        <source>Use the database file PATH.</source>
        <translation>Использовать файл базы данных PATH.</translation>
    </message>
    <message>
        <source>Save a PNG of the main window to FILE and exit.</source>
        <translation>Сохранить снимок главного окна в PNG-файл FILE и выйти.</translation>
    </message>
    <message>
        <source>Interface language: ru (default) or en.</source>
        <translation>Язык интерфейса: ru (по умолчанию) или en.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Лишний аргумент: %1</translation>
    </message>
    <message>
        <source>Unknown language: %1 (use ru or en)</source>
        <translation>Неизвестный язык: %1 (укажите ru или en)</translation>
    </message>
</context>
<context>
    <name>Model</name>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database error: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database was created by a newer version of Prilavok (schema %1; this version knows up to %2). Update the program to open it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database could not be upgraded: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Run prilavok --help for the options.</source>
        <translation>Список параметров: prilavok --help</translation>
    </message>
    <message>
        <source>No display: Prilavok needs a graphical session. Run it on the desktop, under xvfb-run, or with QT_QPA_PLATFORM=offscreen.</source>
        <translation>Нет дисплея: Прилавку нужен графический сеанс. Запустите его на рабочем столе, под xvfb-run или с QT_QPA_PLATFORM=offscreen.</translation>
    </message>
    <message>
        <source>Cannot write the screenshot to %1</source>
        <translation>Не удалось сохранить снимок экрана в %1</translation>
    </message>
</context>
<context>
    <name>ui::LoginScreen</name>
    <message>
        <source>Enter your PIN</source>
        <translation>Введите PIN-код</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>The PIN has %1 digits</source>
        <translation>PIN-код состоит из %1 цифр</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1 s.</source>
        <translation>Слишком много неверных PIN-кодов. Повторите через %1 с.</translation>
    </message>
</context>
<context>
    <name>ui::MainWindow</name>
    <message>
        <source>Prilavok — cashier workstation</source>
        <translation>Прилавок — рабочее место кассира</translation>
    </message>
    <message>
        <source>Registrar: not connected</source>
        <translation>ФР: не подключён</translation>
    </message>
    <message>
        <source>Demo mode: nothing is fiscal and nothing is kept</source>
        <translation>Демо-режим: чеки не фискальные, данные не сохраняются</translation>
    </message>
    <message>
        <source>&amp;Sale</source>
        <translation>&amp;Продажа</translation>
    </message>
    <message>
        <source>New sale</source>
        <translation>Новая продажа</translation>
    </message>
    <message>
        <source>Open sales</source>
        <translation>Открытые продажи</translation>
    </message>
    <message>
        <source>Receipt journal</source>
        <translation>Журнал чеков</translation>
    </message>
    <message>
        <source>Se&amp;rvice</source>
        <translation>&amp;Сервис</translation>
    </message>
    <message>
        <source>X-report</source>
        <translation>X-отчёт</translation>
    </message>
    <message>
        <source>Z-report (close shift)</source>
        <translation>Z-отчёт (закрыть смену)</translation>
    </message>
    <message>
        <source>Open shift</source>
        <translation>Открыть смену</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>Внесение</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Изъятие</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <source>Fiscal registrar</source>
        <translation>Фискальный регистратор</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Каталог</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Спр&amp;авка</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Prilavok</source>
        <translation>Прилавок</translation>
    </message>
    <message>
        <source>Cashier workstation, version %1</source>
        <translation>Рабочее место кассира, версия %1</translation>
    </message>
    <message>
        <source>Demo mode: a throwaway database</source>
        <translation>Демо-режим: временная база данных</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>База данных: %1</translation>
    </message>
</context>
</TS>
