using System.Net;
using Healactively.Web.Data;
using Healactively.Web.Data.Entities;
using Healactively.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Healactively.Web.Tests.Admin;

/// <summary>What an admin does through the real pages: open the confirmation page of a change, then confirm it.</summary>
public static class AdminSteps
{
    public static async Task<HtmlPage> ChangeAsync(HttpClient admin, string userId, string change, string? newRole = null)
    {
        var confirm = await HtmlPage.GetOkAsync(admin, $"/Admin/Accounts/{userId}/Change/{change}");
        var values = new Dictionary<string, string?>();
        if (newRole is not null)
        {
            values["NewRole"] = newRole;
        }

        return await confirm.SubmitAsync(admin, "#change-form", values);
    }

    public static async Task<HtmlPage> DeleteAsync(HttpClient admin, string userId, string typedEmail)
    {
        var confirm = await HtmlPage.GetOkAsync(admin, $"/Admin/Accounts/{userId}/Delete");
        return await confirm.SubmitAsync(admin, "#delete-form", new Dictionary<string, string?> { ["ConfirmEmail"] = typedEmail });
    }

    public static ApplicationUser? Find(HealactivelyFactory factory, string userId)
    {
        using var scope = factory.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<AppDbContext>().Users.SingleOrDefault(u => u.Id == userId);
    }

    public static IReadOnlyList<AuditEvent> AuditRows(HealactivelyFactory factory, string action)
    {
        using var scope = factory.Services.CreateScope();
        return [.. scope.ServiceProvider.GetRequiredService<AppDbContext>().AuditEvents.Where(a => a.Action == action).OrderBy(a => a.Id)];
    }

    /// <summary>
    /// Past the one-minute security-stamp check but well within the 30-minute idle limit, so a session that ends
    /// here was ended by the change itself.
    /// </summary>
    public static void PassStampValidationInterval(HealactivelyFactory factory) => factory.Clock.Advance(TimeSpan.FromMinutes(2));

    public static void AssertSignedOut(HtmlPage page)
    {
        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.StartsWith("/Identity/Account/Login", page.Response.Headers.Location!.IsAbsoluteUri ? page.Response.Headers.Location.PathAndQuery : page.Response.Headers.Location.OriginalString, StringComparison.Ordinal);
    }
}
