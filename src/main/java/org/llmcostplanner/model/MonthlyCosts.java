package org.llmcostplanner.model;

/**
 * The monthly figures at one volume, USD per month.
 *
 * @param apiOnly   everything on the API
 * @param planApi   the part of the plan still paid to the API
 * @param gpu       the plan's GPU compute
 * @param ops       the plan's maintenance time
 * @param migration the plan's amortized one-time cost
 * @param plan      planApi + gpu + ops + migration
 * @param savings   apiOnly − plan
 */
public record MonthlyCosts(double apiOnly, double planApi, double gpu, double ops, double migration,
                           double plan, double savings) {
}
