#pragma once

// prilavok-marking-soak (issue 18): random sales and returns of marked goods, several codes per
// receipt, some refused by the fake ТС ПИоТ's scenarios, some sold unchecked because of its faults,
// with SIGKILLs of the till between the steps of the pipeline. The child is a headless till
// (TillSession + SaleDesk) that stops at every step ("step NAME" on stdout) until the parent says
// go or kills it. In the end the parent reads the FN archive back and compares it with the sold
// register and the sale journal.

#include <QString>

#include <cstdint>

struct MarkingSoakOptions
{
    int operations = 12;
    int kills = 6;
    std::uint32_t seed = 1;
    int pool = 40; // marking codes in play (serials), so repeats and returns happen
    QString directory;
    QString emulator; // prilavok-fr-emulator
    // child only
    QString database;
    QString deviceUrl;
    QString tspiotUrl;
};

// Codes whose fixture in the fake is a refusal: serial % 7 == 3 is "sold", % 7 == 5 is "blocked".
QString markingSoakFixture(int serial);
QString markingSoakSerial(int serial);

int runMarkingSoakParent(const MarkingSoakOptions &options, const QString &self);
int runMarkingSoakChild(const MarkingSoakOptions &options);
