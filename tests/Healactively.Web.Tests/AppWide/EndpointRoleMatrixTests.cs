using System.Net;
using Healactively.Web.Tests.Infrastructure;

namespace Healactively.Web.Tests.AppWide;

/// <summary>
/// Every page and endpoint of the app (read from its endpoint data source), requested with GET by a visitor, a
/// patient, that patient's linked clinician, an admin and a supporter (linked or not), answers what this one matrix says. A new page without
/// a row fails the test, and the failure prints the whole observed matrix to review.
/// </summary>
public sealed class EndpointRoleMatrixTests(HealactivelyFactory factory) : IClassFixture<HealactivelyFactory>
{
    // Columns: visitor, patient, another patient, linked clinician, unlinked clinician, admin, linked supporter, unlinked supporter.
    // "login" = sent to sign in; "→/X" = redirected to /X;
    // numbers are status codes. Route parameters are the patient's own ids (see AppSubjects.UrlFor).
    private static readonly Dictionary<string, string> Matrix = new(StringComparer.Ordinal)
    {
        [""] = "200 →/Home →/Home →/Clinician →/Clinician →/Admin →/Supporting →/Supporting",
        // The supporter digest's RFC 8058 one-click unsubscribe takes POST only (from a mail program, with its signed token).
        ["/Reminders/Unsubscribe/OneClick"] = "login 404 404 404 404 404 404 404",
        ["/health/live"] = "200 200 200 200 200 200 200 200",
        ["/health/ready"] = "200 200 200 200 200 200 200 200",
        ["Account/Invitation"] = "200 200 200 200 200 200 200 200",
        ["Admin"] = "login 403 403 403 403 200 403 403",
        ["Admin/Accounts/{id}"] = "login 403 403 403 403 200 403 403",
        ["Admin/Accounts/{id}/Change/{change}"] = "login 403 403 403 403 200 403 403",
        ["Admin/Accounts/{id}/Delete"] = "login 403 403 403 403 200 403 403",
        ["Admin/Audit"] = "login 403 403 403 403 200 403 403",
        ["Admin/Backup"] = "login 403 403 403 403 200 403 403",
        ["Admin/Index"] = "login 403 403 403 403 200 403 403",
        ["Admin/Invite"] = "login 403 403 403 403 200 403 403",
        ["CareTeam"] = "login 200 200 403 403 403 403 403",
        ["CareTeam/Index"] = "login 200 200 403 403 403 403 403",
        ["CareTeam/Revoke/{id:long}"] = "login 200 404 403 403 403 403 403",
        ["CheckIn"] = "login 200 200 403 403 403 403 403",
        ["CheckIn/Index"] = "login 200 200 403 403 403 403 403",
        ["Clinician"] = "login 403 403 200 200 403 403 403",
        ["Clinician/Index"] = "login 403 403 200 200 403 403 403",
        ["Clinician/Link"] = "login 403 403 200 200 403 403 403",
        ["Clinician/Patients/{patientId}"] = "login 403 403 200 404 403 403 403",
        ["Clinician/Patients/{patientId}/Entries/{date}"] = "login 403 403 200 404 403 403 403",
        ["Clinician/Patients/{patientId}/Fhir"] = "login 403 403 200 404 403 403 403",
        ["Clinician/Patients/{patientId}/Propose"] = "login 403 403 200 404 403 403 403",
        ["Clinician/Patients/{patientId}/Notes"] = "login 403 403 →/Clinician/Patients/{patientId} 404 403 403 403",
        ["Clinician/Patients/{patientId}/Report"] = "login 403 403 200 404 403 403 403",
        ["Clinician/Patients/{patientId}/Report/Pdf"] = "login 403 403 200 404 403 403 403",
        ["Clinician/Patients/{patientId}/Wins/Export"] = "login 403 403 200 404 403 403 403",
        ["Error"] = "200 200 200 200 200 200 200 200",
        ["Goals"] = "login 200 200 403 403 403 403 403",
        ["Goals/Index"] = "login 200 200 403 403 403 403 403",
        ["Home"] = "login 200 200 403 403 403 403 403",
        ["Home/Index"] = "login 200 200 403 403 403 403 403",
        ["Identity/Account/AccessDenied"] = "login 200 200 200 200 200 200 200",
        ["Identity/Account/ConfirmEmail"] = "200 200 200 200 200 200 200 200",
        ["Identity/Account/ConfirmEmailChange"] = "→/ →/ →/ →/ →/ →/ →/ →/",
        ["Identity/Account/ExternalLogin"] = "login login login login login login login login",
        ["Identity/Account/ForgotPassword"] = "200 200 200 200 200 200 200 200",
        ["Identity/Account/ForgotPasswordConfirmation"] = "200 200 200 200 200 200 200 200",
        ["Identity/Account/Lockout"] = "200 200 200 200 200 200 200 200",
        ["Identity/Account/Login"] = "200 200 200 200 200 200 200 200",
        ["Identity/Account/LoginWith2fa"] = "login login login login login login login login",
        ["Identity/Account/LoginWithRecoveryCode"] = "login login login login login login login login",
        ["Identity/Account/Logout"] = "200 200 200 200 200 200 200 200",
        ["Identity/Account/Manage"] = "login 200 200 200 200 200 200 200",
        ["Identity/Account/Manage/ChangePassword"] = "login 200 200 200 200 200 200 200",
        ["Identity/Account/Manage/DeletePersonalData"] = "login →/Profile/Delete →/Profile/Delete 200 200 200 200 200",
        ["Identity/Account/Manage/Disable2fa"] = "login →/Identity/Account/Manage/TwoFactorAuthentication →/Identity/Account/Manage/TwoFactorAuthentication →/Identity/Account/Manage/TwoFactorAuthentication →/Identity/Account/Manage/TwoFactorAuthentication →/Identity/Account/Manage/TwoFactorAuthentication →/Identity/Account/Manage/TwoFactorAuthentication →/Identity/Account/Manage/TwoFactorAuthentication",
        ["Identity/Account/Manage/DownloadPersonalData"] = "login →/Profile/Data →/Profile/Data 404 404 404 404 404",
        ["Identity/Account/Manage/Email"] = "login 200 200 200 200 200 200 200",
        ["Identity/Account/Manage/EnableAuthenticator"] = "login 200 200 200 200 200 200 200",
        ["Identity/Account/Manage/ExternalLogins"] = "login 200 200 200 200 200 200 200",
        ["Identity/Account/Manage/GenerateRecoveryCodes"] = "login →/Identity/Account/Manage/TwoFactorAuthentication →/Identity/Account/Manage/TwoFactorAuthentication 200 200 200 →/Identity/Account/Manage/TwoFactorAuthentication →/Identity/Account/Manage/TwoFactorAuthentication",
        ["Identity/Account/Manage/Index"] = "login 200 200 200 200 200 200 200",
        ["Identity/Account/Manage/PersonalData"] = "login 200 200 200 200 200 200 200",
        ["Identity/Account/Manage/ResetAuthenticator"] = "login 200 200 200 200 200 200 200",
        ["Identity/Account/Manage/SetPassword"] = "login →/Identity/Account/Manage/ChangePassword →/Identity/Account/Manage/ChangePassword →/Identity/Account/Manage/ChangePassword →/Identity/Account/Manage/ChangePassword →/Identity/Account/Manage/ChangePassword →/Identity/Account/Manage/ChangePassword →/Identity/Account/Manage/ChangePassword",
        ["Identity/Account/Manage/ShowRecoveryCodes"] = "login →/Identity/Account/Manage/TwoFactorAuthentication →/Identity/Account/Manage/TwoFactorAuthentication →/Identity/Account/Manage/TwoFactorAuthentication →/Identity/Account/Manage/TwoFactorAuthentication →/Identity/Account/Manage/TwoFactorAuthentication →/Identity/Account/Manage/TwoFactorAuthentication →/Identity/Account/Manage/TwoFactorAuthentication",
        ["Identity/Account/Manage/TwoFactorAuthentication"] = "login 200 200 200 200 200 200 200",
        ["Identity/Account/Register"] = "200 200 200 200 200 200 200 200",
        ["Identity/Account/RegisterConfirmation"] = "200 200 200 200 200 200 200 200",
        ["Identity/Account/ResendEmailConfirmation"] = "200 200 200 200 200 200 200 200",
        ["Identity/Account/ResetPassword"] = "200 200 200 200 200 200 200 200",
        ["Identity/Account/ResetPasswordConfirmation"] = "200 200 200 200 200 200 200 200",
        ["Identity/Error"] = "200 200 200 200 200 200 200 200",
        ["Index"] = "200 →/Home →/Home →/Clinician →/Clinician →/Admin →/Supporting →/Supporting",
        ["Journal"] = "login 200 200 403 403 403 403 403",
        ["Journal/Delete/{id:long}"] = "login 200 404 403 403 403 403 403",
        ["Journal/Entry/{date?}"] = "login 200 200 403 403 403 403 403",
        ["Journal/Export"] = "login 200 200 403 403 403 403 403",
        ["Journal/Import"] = "login 200 200 403 403 403 403 403",
        ["Journal/Index"] = "login 200 200 403 403 403 403 403",
        ["Metrics"] = "login 200 200 403 403 403 403 403",
        ["Metrics/Edit/{id:long}"] = "login 200 404 403 403 403 403 403",
        ["Metrics/Index"] = "login 200 200 403 403 403 403 403",
        ["Metrics/Remove/{id:long}"] = "login 200 404 403 403 403 403 403",
        ["Profile"] = "login 200 200 403 403 403 403 403",
        ["Profile/Data"] = "login 200 200 403 403 403 403 403",
        ["Profile/Delete"] = "login 200 200 403 403 403 403 403",
        ["Profile/Index"] = "login 200 200 403 403 403 403 403",
        // The profile script's push calls take POST only (JSON, with the antiforgery header); a GET goes back to the profile.
        ["Profile/Push"] = "login →/Profile →/Profile 403 403 403 403 403",
        ["Progress"] = "login 200 200 403 403 403 403 403",
        ["Progress/Index"] = "login 200 200 403 403 403 403 403",
        ["Progress/WhatHelps"] = "login 200 200 403 403 403 403 403",
        ["Reminders/Unsubscribe"] = "400 400 400 400 400 400 400 400",
        ["Supporters"] = "login 200 200 403 403 403 403 403",
        ["Supporters/Edit/{id:long}"] = "login 200 404 403 403 403 403 403",
        ["Supporters/Index"] = "login 200 200 403 403 403 403 403",
        ["Supporters/Revoke/{id:long}"] = "login 200 404 403 403 403 403 403",
        ["Supporting"] = "login 403 403 403 403 403 200 200",
        ["Supporting/Accept"] = "200 200 200 200 200 200 200 200",
        ["Supporting/Index"] = "login 403 403 403 403 403 200 200",
        ["Supporting/{patientId}"] = "login 403 403 403 403 403 200 404",
        ["Supporting/{patientId}/Cheer"] = "login 403 403 403 403 403 →/Supporting/{patientId} 404",
        ["Wins"] = "login 200 200 403 403 403 403 403",
        ["Wins/Export"] = "login 200 200 403 403 403 403 403",
        ["Wins/HowItWorks"] = "login 200 200 200 200 200 200 200",
        ["Wins/Index"] = "login 200 200 403 403 403 403 403",
        ["Wins/Week"] = "login 200 200 403 403 403 403 403",
        ["{**path:file}"] = "login 404 404 404 404 404 404 404",
    };

    [Fact]
    public async Task Every_endpoint_answers_each_role_as_the_matrix_says()
    {
        var subjects = await AppSubjects.CreateAsync(factory);
        var observed = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var template in AppEndpoints.Templates(factory))
        {
            var cells = new List<string>();
            foreach (var (_, client) in subjects.Callers)
            {
                cells.Add(Describe(await client.GetAsync(subjects.UrlFor(template))).Replace(subjects.PatientId, "{patientId}", StringComparison.Ordinal));
            }

            observed[template] = string.Join(' ', cells);
        }

        var wrong = observed.Where(o => !Matrix.TryGetValue(o.Key, out var expected) || expected != o.Value)
            .Select(o => $"{o.Key}: expected '{Matrix.GetValueOrDefault(o.Key) ?? "(no row)"}', got '{o.Value}'").ToList();
        var stale = Matrix.Keys.Except(observed.Keys).Select(k => $"{k}: row for an endpoint that no longer exists").ToList();
        Assert.True(wrong.Count + stale.Count == 0,
            string.Join('\n', wrong.Concat(stale)) + "\n\nObserved matrix:\n" +
            string.Join('\n', observed.Select(o => $"        [\"{o.Key}\"] = \"{o.Value}\",")));
    }

    private static string Describe(HttpResponseMessage response)
    {
        if (response.StatusCode is not (HttpStatusCode.Redirect or HttpStatusCode.Found))
        {
            return ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var target = response.Headers.Location!;
        var path = (target.IsAbsoluteUri ? target.AbsolutePath : target.OriginalString.Split('?')[0]);
        return path.Equals("/Identity/Account/Login", StringComparison.OrdinalIgnoreCase) ? "login" : "→" + path;
    }
}
