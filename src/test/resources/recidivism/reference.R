# Reference values for the recidivism statistics, computed with R's survival package and stats::prop.test.
# Run from this folder:  Rscript reference.R   (R 4.x, survival 3.x; the versions used are in README.md)
library(survival)
d <- read.csv("km-data.csv")
out <- NULL
for (g in c("A", "B")) {
  f <- survfit(Surv(day, event) ~ 1, data = d[d$group == g, ], conf.type = "log")
  out <- rbind(out, data.frame(group = g, day = f$time, atRisk = f$n.risk, events = f$n.event, censored = f$n.censor,
                               survival = f$surv, lower = f$lower, upper = f$upper))
}
write.csv(out, "km-expected.csv", row.names = FALSE, na = "NA")
s <- survdiff(Surv(day, event) ~ group, data = d)
p <- pchisq(s$chisq, df = 1, lower.tail = FALSE)
write.csv(data.frame(chiSquare = s$chisq, df = 1, p = p, observedA = s$obs[1], expectedA = s$exp[1]), "logrank-expected.csv", row.names = FALSE)
w <- NULL
for (xn in list(c(0, 10), c(1, 10), c(5, 10), c(10, 10), c(37, 250), c(3, 1000))) {
  ci <- prop.test(xn[1], xn[2], correct = FALSE)$conf.int
  w <- rbind(w, data.frame(events = xn[1], eligible = xn[2], lower = ci[1], upper = ci[2]))
}
write.csv(w, "wilson-expected.csv", row.names = FALSE)
