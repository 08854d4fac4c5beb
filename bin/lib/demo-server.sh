# Shared by the bin/ scripts that start the demo server (`mvn -Pdemo wildfly:run`); source it from the project root.

# The server is ready: health UP with the database UP, and the sign-in page served.
ready() {
  local body
  body=$(curl -sf http://localhost:9990/health/ready 2>/dev/null) || return 1
  grep -q '"name":"database","status":"UP"' <<<"$body" && grep -q '^{"status":"UP"' <<<"$body" \
    && curl -s -o /dev/null -w '%{http_code}' http://localhost:8080/login.xhtml | grep -q 200
}

# The server JVM's process id (the jboss-modules process, not Maven's).
server_jvm() { pgrep -f 'jboss-modules.*org.jboss.as.standalone' | head -1; }

# The class-data-sharing archive of the provisioned server (bin/class-archive makes it; the demo profile's JVM maps it
# when it is there and matches target/server, and ignores it otherwise).
CLASS_ARCHIVE=target/server.jsa

# Each role's main calls once: the demo accounts' lists, calendar and a cohort report, and on the data of
# bin/generate-data the generated program's accounts too (made by bin/benchmark-journeys; a program of about 20,000
# cases).
warm_up_roles() {
  curl -s -o /dev/null http://localhost:8080/login.xhtml
  local user
  for user in "admin violet-harbor-lantern-42" "coordinator amber-meadow-compass-42" "clerk maple-courthouse-ledger-42" \
      "evaluator quiet-number-garden-42"; do
    set -- $user
    curl -s -o /dev/null -u "$1:$2" "http://localhost:8080/api/v1/referrals?size=50"
  done
  curl -s -o /dev/null -u coordinator:amber-meadow-compass-42 "http://localhost:8080/api/v1/sessions?from=$(date +%F)&to=$(date -d '+60 days' +%F)"
  curl -s -o /dev/null -u evaluator:quiet-number-garden-42 -H 'Content-Type: application/json' \
    -d '{"indexFrom":"2018-01-01","indexTo":"2024-12-31"}' http://localhost:8080/api/v1/cohorts/report
  if curl -sf -o /dev/null -u gen-coordinator:journey-load-password-42 "http://localhost:8080/api/v1/referrals?size=50"; then
    curl -s -o /dev/null -u gen-clerk:journey-load-password-42 "http://localhost:8080/api/v1/referrals?size=50"
    curl -s -o /dev/null -u gen-coordinator:journey-load-password-42 "http://localhost:8080/api/v1/sessions?from=$(date -d '-60 days' +%F)&to=$(date +%F)"
    curl -s -o /dev/null -u gen-evaluator:journey-load-password-42 -H 'Content-Type: application/json' \
      -d '{"indexFrom":"2018-01-01","indexTo":"2024-12-31"}' http://localhost:8080/api/v1/cohorts/report
  fi
}
