#include "fiscal/transport/transport.h"

#include <thread>

namespace fiscal {

void Transport::pause(Duration d)
{
    std::this_thread::sleep_for(d);
}

} // namespace fiscal
