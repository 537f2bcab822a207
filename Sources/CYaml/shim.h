#ifndef ATLAS_CYAML_SHIM_H
#define ATLAS_CYAML_SHIM_H
#include <yaml.h>
#endif
