package org.llmcostplanner.cli;

import java.util.List;

/** The --help text, built from the command registry so a new command documents itself. */
final class Help {

    private Help() {
    }

    static String text() {
        StringBuilder sb = new StringBuilder();
        sb.append("LLM Cost Planner: hosted LLM API per token vs self-hosting on a rented GPU plus ops time.\n\n");
        sb.append("Usage:\n");
        sb.append("  java -jar llm-cost-planner.jar                 open the planner window\n");
        for (Command c : Commands.all()) {
            appendUsage(sb, c);
        }
        sb.append("  java -jar llm-cost-planner.jar --help          this text\n");
        sb.append("  java -jar llm-cost-planner.jar --version       the planner's version\n\n");
        sb.append("Commands:\n");
        for (Command c : Commands.all()) {
            sb.append(String.format("  %-14s %s\n", c.name(), c.summary()));
        }
        sb.append("\nScenario files: JSON, format \"llm-cost-planner.scenario\" version 2; version 1 files still load (see docs/file-format.md).\n");
        sb.append("Exit status: 0 done; 2 bad input (one line on stderr naming the file, the field and the problem);\n");
        sb.append("1 internal error.\n");
        return sb.toString();
    }

    static String text(Command c) {
        StringBuilder sb = new StringBuilder("Usage:\n");
        appendUsage(sb, c);
        sb.append("\n").append(c.summary()).append("\n");
        return sb.toString();
    }

    private static void appendUsage(StringBuilder sb, Command c) {
        List<String> usage = c.usage();
        for (String line : usage) {
            sb.append("  java -jar llm-cost-planner.jar ").append(line).append("\n");
        }
    }
}
