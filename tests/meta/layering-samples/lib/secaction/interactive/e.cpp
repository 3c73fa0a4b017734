// Planted: the session engine does I/O.
#include <iostream>
