// The declaration in include/FuzzDriver.h is all this module provides; compiler-rt defines the function.
#include "FuzzDriver.h"
