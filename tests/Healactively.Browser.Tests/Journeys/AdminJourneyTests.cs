namespace Healactively.Browser.Tests.Journeys;

// The admin journey belongs here once the admin area exists: an admin signs in on a phone, finds a
// patient's account and locks it; the patient's next sign-in is refused. Add the Admin role to
// AccessibilityTests.Roles at the same time so every admin page is checked with axe too.
