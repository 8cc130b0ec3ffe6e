# Sourced by .ci/run: Debian's Chromium for the browser tests (Playwright never downloads a browser here).

chromium_install() {
    [ -x /usr/bin/chromium ] && return 0
    for attempt in 1 2 3 4 5 6; do
        # Another apt run may hold the dpkg lock for a while; a fresh machine may lack package lists.
        if DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >/dev/null \
            || { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >/dev/null; }; then
            return 0
        fi
        [ "$attempt" = 6 ] && return 1
        sleep 20
    done
}
