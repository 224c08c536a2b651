#pragma once

// ZXing-cpp at the edge: decode the codes in a picture (a photo or a scan of a label dropped on the
// till) and draw QR codes for the screen and the customer display (the SBP link, the receipt link).
// Camera frames would come through QtMultimedia, which this build does not have.

#include "devices/scannedcode.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QString>

namespace devices {

enum class BarcodeSymbology { QrCode, DataMatrix, Ean13, Ean8, UpcA, UpcE, Code128, Other };

struct DecodedBarcode
{
    QString text; // GS kept
    BarcodeSymbology symbology = BarcodeSymbology::Other;
    QString symbologyId; // AIM identifier: "]d2" means a GS1 DataMatrix (FNC1 first)
};

// Every DataMatrix, QR, EAN/UPC and Code128 in the image, best first.
QList<DecodedBarcode> decodeBarcodes(const QImage &image);

// The first code in the image as a scan, with the file name as its source; an empty text if none.
ScannedCode scanImage(const QImage &image, const QString &sourceName);

// A QR code of text (UTF-8, error correction M) at least minSize pixels wide with a quiet zone of
// margin modules; a null image if the text does not fit.
QImage renderQrCode(const QString &text, int minSize = 256, int margin = 4);

// A DataMatrix of raw bytes (GS allowed), for labels and tests.
QImage renderDataMatrix(const QByteArray &data, int minSize = 200, int margin = 4);

// A linear code for shelf labels and tests: EAN-13/EAN-8 (digits with or without the check digit),
// UPC-A, Code128 (ASCII). Null when the text does not fit the symbology.
QImage renderLinearBarcode(const QString &text, BarcodeSymbology symbology, int width = 300, int height = 100,
                           int margin = 10);

} // namespace devices
