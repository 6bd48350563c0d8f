package org.llmcostplanner.analysis;

/**
 * One figure the seed article states, next to what the model gives for it.
 *
 * @param claim        what the figure is, in words
 * @param quote        the article's words
 * @param articleValue the article's number
 * @param modelValue   the model's number for the same inputs; null when the model has none
 * @param agrees       whether they match within the article's rounding
 * @param note         why they differ, or what the model's number rests on
 */
public record ArticleFigure(String claim, String quote, double articleValue, Double modelValue, boolean agrees,
                            String note) {
}
