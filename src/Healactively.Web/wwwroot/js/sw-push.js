// Web Push listeners for /sw.js (push and notificationclick) live here; this placeholder adds none.
