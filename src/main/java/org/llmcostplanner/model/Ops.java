package org.llmcostplanner.model;

/**
 * The people side of self-hosting.
 *
 * @param devRatePerHour           r, USD per engineer hour
 * @param maintenanceHoursPerMonth m, ongoing ops hours a month
 * @param amortizationMonths       A, spread the one-time cost over A months; 0 = not spread
 */
public record Ops(double devRatePerHour, double maintenanceHoursPerMonth, double setupHours,
                  double codeMigrationHours, double rampDays, double hoursPerRampDay,
                  double amortizationMonths) {

    public static Ops defaults() {
        return new Ops(60, 3, 5, 1, 0, 8, 0);
    }
}
