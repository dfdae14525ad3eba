#pragma once

// The umbrella of the model's types: one header per document kind (see design.md, "Growing the
// pipeline"). Include the header of the kind you need; this one stays for code that wants them all.

#include "model/archive.h"
#include "model/budget.h"
#include "model/competence.h"
#include "model/control_plan.h"
#include "model/followup.h"
#include "model/goal.h"
#include "model/page.h"
#include "model/plan_year.h"
#include "model/procurement.h"
#include "model/projects.h"
#include "model/site.h"
#include "model/site_config.h"
#include "model/values.h"
#include "model/vor.h"
