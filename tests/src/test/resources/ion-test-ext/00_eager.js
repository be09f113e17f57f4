// Breaks the rule: calls an op at the top level, where scripts run once for the startup snapshot.
ops.op_test_eager();
