using System.Net;
using Healactively.Web.Data;
using Healactively.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Healactively.Web.Tests.Admin;

/// <summary>The product always keeps one admin who can sign in. Each test has its own database to count admins in.</summary>
public sealed class LastAdminTests
{
    private const string LastAdminMessage = "This is the last admin who can sign in.";

    [Fact]
    public async Task The_last_admin_cannot_be_demoted_locked_disabled_or_deleted()
    {
        using var factory = new HealactivelyFactory();
        var admin = await Accounts.SignInStaffAsync(factory, Roles.Admin);

        foreach (var (change, role) in new[] { ("role", Roles.Patient), ("lock", null), ("disable", null) })
        {
            var refused = await AdminSteps.ChangeAsync(admin.Client, admin.UserId, change, role);
            Assert.Equal(HttpStatusCode.OK, refused.Status);
            Assert.Contains(LastAdminMessage, refused.Find("#change-errors")!.TextContent, StringComparison.Ordinal);
        }

        var notDeleted = await AdminSteps.DeleteAsync(admin.Client, admin.UserId, admin.Email);
        Assert.Equal(HttpStatusCode.OK, notDeleted.Status);
        Assert.Contains(LastAdminMessage, notDeleted.Find("#delete-errors")!.TextContent, StringComparison.Ordinal);

        var account = AdminSteps.Find(factory, admin.UserId)!;
        Assert.False(account.IsDisabled);
        Assert.Null(account.LockoutEnd);
        Assert.Equal(HttpStatusCode.OK, (await admin.Client.GetAsync("/Admin")).StatusCode);

        // With a second admin, the first can step down; then the second is the last one.
        var second = await Accounts.SignInStaffAsync(factory, Roles.Admin);
        Assert.Equal(HttpStatusCode.Redirect, (await AdminSteps.ChangeAsync(second.Client, admin.UserId, "role", Roles.Clinician)).Status);
        var refusedAgain = await AdminSteps.ChangeAsync(second.Client, second.UserId, "disable");
        Assert.Contains(LastAdminMessage, refusedAgain.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_disabled_admin_does_not_count_as_the_one_left()
    {
        using var factory = new HealactivelyFactory();
        var first = await Accounts.SignInStaffAsync(factory, Roles.Admin);
        var second = await Accounts.SignInStaffAsync(factory, Roles.Admin);
        Assert.Equal(HttpStatusCode.Redirect, (await AdminSteps.ChangeAsync(first.Client, second.UserId, "disable")).Status);

        var refused = await AdminSteps.ChangeAsync(first.Client, first.UserId, "role", Roles.Patient);
        Assert.Contains(LastAdminMessage, refused.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_admins_demoting_each_other_at_once_leave_one_admin()
    {
        using var factory = new HealactivelyFactory();
        var first = await Accounts.SignInStaffAsync(factory, Roles.Admin);
        var second = await Accounts.SignInStaffAsync(factory, Roles.Admin);
        var firstForm = await HtmlPage.GetOkAsync(first.Client, $"/Admin/Accounts/{second.UserId}/Change/role");
        var secondForm = await HtmlPage.GetOkAsync(second.Client, $"/Admin/Accounts/{first.UserId}/Change/role");

        var results = await Task.WhenAll(
            firstForm.SubmitAsync(first.Client, "#change-form", new Dictionary<string, string?> { ["NewRole"] = Roles.Patient }),
            secondForm.SubmitAsync(second.Client, "#change-form", new Dictionary<string, string?> { ["NewRole"] = Roles.Patient }));

        Assert.Single(results, r => r.Status == HttpStatusCode.Redirect);
        Assert.Single(results, r => r.Status == HttpStatusCode.OK && r.Text.Contains(LastAdminMessage, StringComparison.Ordinal));
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var adminRole = await db.Roles.SingleAsync(r => r.Name == Roles.Admin);
        Assert.Equal(1, await db.UserRoles.CountAsync(ur => ur.RoleId == adminRole.Id));
    }
}
