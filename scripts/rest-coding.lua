-- wrk script: POST /v1/coding with a typical encounter (a Medicare bilateral two-level diagnostic
-- facet session, which codes to 64493-50-KX and 64494-50-KX).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"id":"load-1","dateOfService":"2026-03-02","payer":"MEDICARE","setting":"OFFICE",'
  .. '"claimType":"PROFESSIONAL","procedures":[{"family":"FACET","guidance":"FLUOROSCOPY",'
  .. '"purpose":"DIAGNOSTIC","targets":[{"level":"L4-L5","side":"BILATERAL"},'
  .. '{"level":"L5-S1","side":"BILATERAL"}]}]}'
