using System.Net;
using Healactively.Web.Data;
using Healactively.Web.Data.Entities;
using Healactively.Web.Features.Accounts;
using Healactively.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Healactively.Web.Tests.Admin;

/// <summary>Admins find accounts and change them through confirmation pages; every change is a POST and is audited.</summary>
public sealed class AdminAccountsTests(HealactivelyFactory factory) : IClassFixture<HealactivelyFactory>
{
    [Fact]
    public async Task Only_admins_reach_the_admin_area()
    {
        var (patient, _) = await Accounts.RegisterPatientAsync(factory);
        var clinician = await Accounts.SignInStaffAsync(factory, Roles.Clinician);
        var admin = await Accounts.SignInStaffAsync(factory, Roles.Admin);

        Assert.Equal(HttpStatusCode.Forbidden, (await patient.GetAsync("/Admin")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await clinician.Client.GetAsync("/Admin/Audit")).StatusCode);
        AdminSteps.AssertSignedOut(await HtmlPage.GetAsync(factory.CreateBrowser(), "/Admin"));

        var home = await HtmlPage.GetOkAsync(admin.Client, "/");
        Assert.Equal("/Admin", home.Url.AbsolutePath);
        Assert.NotNull(home.Find("#admin-nav a[href='/Admin/Backup']"));
        Assert.NotNull(home.Find("#admin-nav a[href='/Admin/Audit']"));
    }

    [Fact]
    public async Task Accounts_are_found_by_email_or_name_and_filtered_by_role()
    {
        var name = $"Quentin {Guid.NewGuid():N}"[..20];
        var (_, patientEmail) = await Accounts.RegisterPatientAsync(factory, name: name);
        var clinician = await Accounts.SignInStaffAsync(factory, Roles.Clinician);
        var admin = await Accounts.SignInStaffAsync(factory, Roles.Admin);

        var byName = await HtmlPage.GetOkAsync(admin.Client, $"/Admin?q={Uri.EscapeDataString(name.ToUpperInvariant())}");
        var row = Assert.Single(byName.FindAll("tr.account"));
        Assert.Equal(patientEmail, row.QuerySelector(".account-link")!.TextContent);
        Assert.Equal(Roles.Patient, row.QuerySelector(".account-role")!.TextContent.Trim());
        Assert.Equal("off", row.QuerySelector(".account-2fa")!.TextContent.Trim());
        Assert.Equal("no", row.QuerySelector(".account-confirmed")!.TextContent.Trim());
        Assert.Contains("active", row.QuerySelector(".account-status")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("UTC", row.QuerySelector(".account-last-sign-in")!.TextContent, StringComparison.Ordinal);

        var asClinician = await HtmlPage.GetOkAsync(admin.Client, $"/Admin?q={Uri.EscapeDataString(clinician.Email[..20])}&role=Clinician");
        Assert.Equal(clinician.Email, Assert.Single(asClinician.FindAll("tr.account")).QuerySelector(".account-link")!.TextContent);
        var wrongRole = await HtmlPage.GetOkAsync(admin.Client, $"/Admin?q={Uri.EscapeDataString(clinician.Email)}&role=Patient");
        Assert.Empty(wrongRole.FindAll("tr.account"));
        Assert.NotNull(wrongRole.Find("#no-accounts"));

        var admins = await HtmlPage.GetOkAsync(admin.Client, "/Admin?role=Admin&page=abc");
        Assert.All(admins.FindAll("tr.account .account-role"), cell => Assert.Equal(Roles.Admin, cell.TextContent.Trim()));
    }

    [Fact]
    public async Task A_role_change_is_confirmed_posted_with_antiforgery_audited_by_ids_and_ends_the_session()
    {
        var name = "Rosalind Target";
        var (patient, email) = await Accounts.RegisterPatientAsync(factory, name: name);
        var patientId = Accounts.UserId(factory, email);
        var admin = await Accounts.SignInStaffAsync(factory, Roles.Admin);

        var confirm = await HtmlPage.GetOkAsync(admin.Client, $"/Admin/Accounts/{patientId}/Change/role");
        Assert.Contains(email, confirm.Find("#change-title")!.TextContent, StringComparison.Ordinal);
        using (var scope = factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            Assert.True(await users.IsInRoleAsync((await users.FindByIdAsync(patientId))!, Roles.Patient), "Opening the confirmation page changes nothing.");
        }

        using var forged = new FormUrlEncodedContent(new Dictionary<string, string> { ["NewRole"] = Roles.Admin });
        var noToken = await admin.Client.PostAsync($"/Admin/Accounts/{patientId}/Change/role", forged);
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);

        var done = await confirm.SubmitAsync(admin.Client, "#change-form", new Dictionary<string, string?> { ["NewRole"] = Roles.Clinician });
        Assert.Equal(HttpStatusCode.Redirect, done.Status);
        var details = await HtmlPage.FollowAsync(admin.Client, done);
        Assert.Equal(Roles.Clinician, details.Find("#account-role")!.TextContent.Trim());
        Assert.Contains($"{email} is now Clinician.", details.Text, StringComparison.Ordinal);

        var row = Assert.Single(AdminSteps.AuditRows(factory, AdminAudit.RoleChange), r => r.TargetUserId == patientId);
        Assert.Equal(admin.UserId, row.ActorId);
        Assert.Equal(string.Empty, row.PatientId);
        foreach (var value in new[] { row.ActorId, row.PatientId, row.TargetUserId, row.Action, row.RemoteAddress })
        {
            Assert.DoesNotContain("@", value ?? string.Empty, StringComparison.Ordinal);
            Assert.DoesNotContain("Rosalind", value ?? string.Empty, StringComparison.Ordinal);
        }

        AdminSteps.PassStampValidationInterval(factory);
        AdminSteps.AssertSignedOut(await HtmlPage.GetAsync(patient, "/Home"));
        var again = factory.CreateBrowser();
        await Accounts.SignInAsync(again, email);
        // Now staff, they are sent to set up two-factor before the clinician area opens.
        Assert.Equal(TwoFactorSteps.EnrolmentPage, (await HtmlPage.GetOkAsync(again, "/Clinician")).Url.AbsolutePath);
    }

    [Fact]
    public async Task A_locked_account_cannot_sign_in_until_an_admin_unlocks_it()
    {
        var (_, email) = await Accounts.RegisterPatientAsync(factory);
        var patientId = Accounts.UserId(factory, email);
        var admin = await Accounts.SignInStaffAsync(factory, Roles.Admin);

        Assert.Equal(HttpStatusCode.Redirect, (await AdminSteps.ChangeAsync(admin.Client, patientId, "lock")).Status);
        var details = await HtmlPage.GetOkAsync(admin.Client, $"/Admin/Accounts/{patientId}");
        Assert.Contains("locked", details.Find("#account-status")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(details.Find("#unlock"));
        var refused = await Accounts.SignInAsync(factory.CreateBrowser(), email);
        Assert.False(refused.Status == HttpStatusCode.Redirect && refused.Response.Headers.Location!.OriginalString == "/", "A locked account must not be signed in.");
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("That email and password do not match an account.", refused.Text, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await AdminSteps.ChangeAsync(admin.Client, patientId, "unlock")).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await Accounts.SignInAsync(factory.CreateBrowser(), email)).Status);
        Assert.Single(AdminSteps.AuditRows(factory, AdminAudit.Lock), r => r.TargetUserId == patientId && r.ActorId == admin.UserId);
        Assert.Single(AdminSteps.AuditRows(factory, AdminAudit.Unlock), r => r.TargetUserId == patientId && r.ActorId == admin.UserId);
    }

    [Fact]
    public async Task A_disabled_account_cannot_sign_in_and_its_open_session_ends()
    {
        var (patient, email) = await Accounts.RegisterPatientAsync(factory);
        var patientId = Accounts.UserId(factory, email);
        var admin = await Accounts.SignInStaffAsync(factory, Roles.Admin);

        Assert.Equal(HttpStatusCode.Redirect, (await AdminSteps.ChangeAsync(admin.Client, patientId, "disable")).Status);
        Assert.True(AdminSteps.Find(factory, patientId)!.IsDisabled);
        var details = await HtmlPage.GetOkAsync(admin.Client, $"/Admin/Accounts/{patientId}");
        Assert.Contains("disabled", details.Find("#account-status")!.TextContent, StringComparison.Ordinal);

        AdminSteps.PassStampValidationInterval(factory);
        AdminSteps.AssertSignedOut(await HtmlPage.GetAsync(patient, "/Home"));
        var refused = await Accounts.SignInAsync(factory.CreateBrowser(), email);
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.NotNull(refused.Find("#account"));

        Assert.Equal(HttpStatusCode.Redirect, (await AdminSteps.ChangeAsync(admin.Client, patientId, "enable")).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await Accounts.SignInAsync(factory.CreateBrowser(), email)).Status);
        Assert.Single(AdminSteps.AuditRows(factory, AdminAudit.Disable), r => r.TargetUserId == patientId);
        Assert.Single(AdminSteps.AuditRows(factory, AdminAudit.Enable), r => r.TargetUserId == patientId);
    }

    [Fact]
    public async Task Deleting_a_clinician_needs_the_typed_email_and_removes_their_links_and_notes_but_not_the_patients_journal()
    {
        var (patient, patientEmail) = await Accounts.RegisterPatientAsync(factory);
        var patientId = Accounts.UserId(factory, patientEmail);
        await JournalDays.SaveAsync(patient, ("2026-11-24", [("Pain", "5")]), ("2026-11-25", [("Pain", "3")]));
        var clinician = await Accounts.SignInStaffAsync(factory, Roles.Clinician, "Dr. Departing");
        await Accounts.LinkAsync(factory, patientId, clinician.UserId);
        await HtmlPage.GetOkAsync(clinician.Client, $"/Clinician/Patients/{patientId}");
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.ClinicianNotes.Add(new ClinicianNote { PatientId = patientId, ClinicianId = clinician.UserId, Date = new DateOnly(2026, 11, 23), Text = "Well done", CreatedAt = factory.Clock.GetUtcNow() });
            await db.SaveChangesAsync();
        }

        var admin = await Accounts.SignInStaffAsync(factory, Roles.Admin);
        var wrong = await AdminSteps.DeleteAsync(admin.Client, clinician.UserId, "someone-else@example.test");
        Assert.Equal(HttpStatusCode.OK, wrong.Status);
        Assert.NotEmpty(wrong.ValidationMessageFor("ConfirmEmail"));
        Assert.NotNull(AdminSteps.Find(factory, clinician.UserId));

        var deleted = await AdminSteps.DeleteAsync(admin.Client, clinician.UserId, clinician.Email.ToUpperInvariant());
        Assert.Equal(HttpStatusCode.Redirect, deleted.Status);
        Assert.Contains("were deleted", (await HtmlPage.FollowAsync(admin.Client, deleted)).Text, StringComparison.Ordinal);

        Assert.Null(AdminSteps.Find(factory, clinician.UserId));
        Assert.Empty(await DatabaseSnapshot.FindAsync(factory, clinician.UserId, clinician.Email, "Dr. Departing"));
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            Assert.Equal(2, db.JournalEntries.Count(e => e.PatientId == patientId));
            Assert.False(db.CareLinks.Any(l => l.PatientId == patientId));
            Assert.False(db.ClinicianNotes.Any(n => n.PatientId == patientId));
            var reads = db.AuditEvents.Where(a => a.PatientId == patientId).ToList();
            Assert.NotEmpty(reads);
            Assert.All(reads, r => Assert.StartsWith(AccountErasure.ErasedTokenPrefix, r.ActorId, StringComparison.Ordinal));
            Assert.All(reads, r => Assert.Null(r.RemoteAddress));
        }

        var stub = Assert.Single(AdminSteps.AuditRows(factory, AdminAudit.Delete), r => r.ActorId == admin.UserId);
        Assert.StartsWith(AccountErasure.ErasedTokenPrefix, stub.TargetUserId, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await Accounts.SignInAsync(factory.CreateBrowser(), patientEmail)).Status);
        AdminSteps.PassStampValidationInterval(factory);
        AdminSteps.AssertSignedOut(await HtmlPage.GetAsync(clinician.Client, "/Clinician"));
    }

    [Fact]
    public async Task An_unknown_account_or_change_is_not_found()
    {
        var admin = await Accounts.SignInStaffAsync(factory, Roles.Admin);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Client.GetAsync("/Admin/Accounts/no-such-account")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Client.GetAsync($"/Admin/Accounts/{admin.UserId}/Change/explode")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Client.GetAsync("/Admin/Accounts/no-such-account/Delete")).StatusCode);
    }
}
