package org.llmcostplanner.analysis;

import org.llmcostplanner.model.CostModel;

/** The monthly curves of the cost chart, as functions of volume. */
public enum Curve {
    /** Everything on the API. */
    API_ONLY {
        @Override
        public double at(CostModel m, double v) {
            return m.apiOnly(v);
        }
    },
    /** The plan counting GPU compute only. */
    PLAN_RAW {
        @Override
        public double at(CostModel m, double v) {
            return m.planRaw(v);
        }
    },
    /** The plan with ops (and amortized migration). */
    PLAN {
        @Override
        public double at(CostModel m, double v) {
            return m.plan(v);
        }
    },
    /** apiOnly − plan. */
    SAVINGS {
        @Override
        public double at(CostModel m, double v) {
            return m.savings(v);
        }
    };

    public abstract double at(CostModel m, double v);
}
