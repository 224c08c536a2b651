<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>LaunchOptions</name>
    <message>
        <source>Prilavok: the cashier workstation for Shtrih-M fiscal registrars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo mode: a built-in registrar emulator and a sample catalog, nothing is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the database file PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a PNG of the main window to FILE and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language: ru (default) or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language: %1 (use ru or en)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Model</name>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was created by a newer version of Prilavok (schema %1; this version knows up to %2). Update the program to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be upgraded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Run prilavok --help for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No display: Prilavok needs a graphical session. Run it on the desktop, under xvfb-run, or with QT_QPA_PLATFORM=offscreen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the screenshot to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::LoginScreen</name>
    <message>
        <source>Enter your PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN has %1 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::MainWindow</name>
    <message>
        <source>Prilavok — cashier workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrar: not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo mode: nothing is fiscal and nothing is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;rvice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X-report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z-report (close shift)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiscal registrar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prilavok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier workstation, version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo mode: a throwaway database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
