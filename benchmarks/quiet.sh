# Sourced by the run-*.sh scripts: the measuring protocol's "is the machine quiet?" check, and the load record.
#
# quiet_or_die LABEL  waits up to QUIET_WAIT seconds (default 300) for the one-minute load average to fall to
#                     MAX_LOAD (default 1.0) with no other JVM, Maven or compiler running; exits with 3 if it does
#                     not (FORCE=1 measures anyway and marks every record "FORCED").
# load_now            prints "load 0.12 0.30 0.41, steal 0.0%" (load averages; CPU stolen by the hypervisor since
#                     the previous call, in percent of all CPU time).

max_load=${MAX_LOAD:-1.0}
quiet_wait=${QUIET_WAIT:-300}
_steal_prev=""

_busy() {
    # other processes that would share the cores: JVMs (not ours: we run none yet; Maven and javac run as java),
    # compilers. Matched by process name, not command line: a command line may merely mention them (a PATH with
    # .cargo/bin in it kept the check from ever passing).
    local name
    for name in java mvn javac gcc cc1 cc1plus cargo rustc; do
        pgrep -a -x "$name" || true
    done
}

load_now() {
    local cpu user nice system idle iowait irq softirq steal total prev_total prev_steal pct
    read -r cpu user nice system idle iowait irq softirq steal _ < /proc/stat
    total=$((user + nice + system + idle + iowait + irq + softirq + steal))
    pct="n/a"
    if [ -n "$_steal_prev" ]; then
        read -r prev_total prev_steal <<< "$_steal_prev"
        pct=$(awk -v s=$((steal - prev_steal)) -v t=$((total - prev_total)) 'BEGIN { printf "%.1f%%", t ? 100 * s / t : 0 }')
    fi
    _steal_prev="$total $steal"
    printf 'load %s, steal %s%s\n' "$(cut -d' ' -f1-3 /proc/loadavg)" "$pct" "${FORCE:+, FORCED}"
}

quiet_or_die() {
    local label=$1 waited=0 load busy
    while :; do
        load=$(cut -d' ' -f1 /proc/loadavg)
        busy=$(_busy)
        if awk -v l="$load" -v m="$max_load" 'BEGIN { exit !(l <= m) }' && [ -z "$busy" ]; then
            break
        fi
        if [ "${FORCE:-}" = 1 ]; then
            echo "$label: NOT QUIET (load $load), measuring anyway because FORCE=1; the figures are noise" >&2
            break
        fi
        if [ "$waited" -ge "$quiet_wait" ]; then
            echo "$label: the machine is not quiet after ${waited}s (load $load, max $max_load); busy:" >&2
            printf '%s\n' "${busy:-  (nothing listed: only the load is too high)}" >&2
            exit 3
        fi
        sleep 10
        waited=$((waited + 10))
    done
    load_now > /dev/null
}
