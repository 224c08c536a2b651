#include "devices/barcodeimage.h"

#include <ZXing/BarcodeFormat.h>
#include <ZXing/BitMatrix.h>
#include <ZXing/CharacterSet.h>
#include <ZXing/DecodeHints.h>
#include <ZXing/ImageView.h>
#include <ZXing/MultiFormatWriter.h>
#include <ZXing/ReadBarcode.h>

#include <exception>
#include <string>

namespace devices {

namespace {

BarcodeSymbology symbologyOf(ZXing::BarcodeFormat format)
{
    switch (format) {
    case ZXing::BarcodeFormat::QRCode:
        return BarcodeSymbology::QrCode;
    case ZXing::BarcodeFormat::DataMatrix:
        return BarcodeSymbology::DataMatrix;
    case ZXing::BarcodeFormat::EAN13:
        return BarcodeSymbology::Ean13;
    case ZXing::BarcodeFormat::EAN8:
        return BarcodeSymbology::Ean8;
    case ZXing::BarcodeFormat::UPCA:
        return BarcodeSymbology::UpcA;
    case ZXing::BarcodeFormat::UPCE:
        return BarcodeSymbology::UpcE;
    case ZXing::BarcodeFormat::Code128:
        return BarcodeSymbology::Code128;
    default:
        return BarcodeSymbology::Other;
    }
}

QImage toImage(const ZXing::BitMatrix &matrix)
{
    const auto pixels = ZXing::ToMatrix<uint8_t>(matrix); // 0 black, 255 white
    return QImage(pixels.data(), pixels.width(), pixels.height(), pixels.width(), QImage::Format_Grayscale8)
        .copy();
}

QImage render(ZXing::BarcodeFormat format, const std::string &data, int minSize, int margin, bool utf8)
{
    try {
        ZXing::MultiFormatWriter writer(format);
        writer.setMargin(margin);
        if (utf8)
            writer.setEncoding(ZXing::CharacterSet::UTF8); // Latin-1 by default: Cyrillic would throw
        if (format == ZXing::BarcodeFormat::QRCode)
            writer.setEccLevel(2); // M: survives a scratched screen, still small enough for 2x20 links
        return toImage(writer.encode(data, minSize, minSize));
    } catch (const std::exception &) {
        return {}; // too long for the symbol, or characters the symbology cannot hold
    }
}

} // namespace

QList<DecodedBarcode> decodeBarcodes(const QImage &image)
{
    QList<DecodedBarcode> found;
    if (image.isNull())
        return found;
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::DataMatrix | ZXing::BarcodeFormat::QRCode |
                     ZXing::BarcodeFormat::EAN13 | ZXing::BarcodeFormat::EAN8 | ZXing::BarcodeFormat::UPCA |
                     ZXing::BarcodeFormat::UPCE | ZXing::BarcodeFormat::Code128);
    hints.setTryHarder(true);
    hints.setTryRotate(true);
    const ZXing::ImageView view(gray.constBits(), gray.width(), gray.height(), ZXing::ImageFormat::Lum,
                                int(gray.bytesPerLine()));
    const auto results = ZXing::ReadBarcodes(view, hints);
    for (const auto &result : results) {
        if (!result.isValid())
            continue;
        found.append({QString::fromStdString(result.text()), symbologyOf(result.format()),
                      QString::fromStdString(result.symbologyIdentifier())});
    }
    return found;
}

ScannedCode scanImage(const QImage &image, const QString &sourceName)
{
    ScannedCode code;
    code.source = ScanSource::Image;
    code.sourceName = sourceName;
    code.time = QDateTime::currentDateTimeUtc();
    const QList<DecodedBarcode> found = decodeBarcodes(image);
    if (!found.isEmpty())
        code.text = found.front().text;
    return code;
}

QImage renderQrCode(const QString &text, int minSize, int margin)
{
    return render(ZXing::BarcodeFormat::QRCode, text.toStdString(), minSize, margin, true);
}

QImage renderDataMatrix(const QByteArray &data, int minSize, int margin)
{
    return render(ZXing::BarcodeFormat::DataMatrix, data.toStdString(), minSize, margin, false);
}

QImage renderLinearBarcode(const QString &text, BarcodeSymbology symbology, int width, int height, int margin)
{
    ZXing::BarcodeFormat format = ZXing::BarcodeFormat::None;
    switch (symbology) {
    case BarcodeSymbology::Ean13:
        format = ZXing::BarcodeFormat::EAN13;
        break;
    case BarcodeSymbology::Ean8:
        format = ZXing::BarcodeFormat::EAN8;
        break;
    case BarcodeSymbology::UpcA:
        format = ZXing::BarcodeFormat::UPCA;
        break;
    case BarcodeSymbology::Code128:
        format = ZXing::BarcodeFormat::Code128;
        break;
    default:
        return {};
    }
    try {
        ZXing::MultiFormatWriter writer(format);
        writer.setMargin(margin);
        return toImage(writer.encode(text.toStdString(), width, height));
    } catch (const std::exception &) {
        return {}; // wrong length or check digit, or characters outside the symbology
    }
}

} // namespace devices
