#pragma once

// A pair of connected pseudo-terminals from socat, as a stand-in for a COM cable: a device under
// test opens one end, the test plays the hardware on the other.

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace testing_support {

class PtyPair
{
public:
    PtyPair() = default;
    ~PtyPair();
    PtyPair(const PtyPair &) = delete;
    PtyPair &operator=(const PtyPair &) = delete;

    // Starts socat and waits for both links; false (and a reason) when socat is missing.
    bool start(QString *error);
    QString deviceEnd() const { return m_dir.filePath(QStringLiteral("device")); }
    QString hardwareEnd() const { return m_dir.filePath(QStringLiteral("hardware")); }

private:
    QTemporaryDir m_dir;
    QProcess m_socat;
};

} // namespace testing_support
