using Healactively.Web.Features.Accounts;
using Healactively.Web.Features.Reminders;
using Microsoft.AspNetCore.HttpOverrides;
using Serilog;

namespace Healactively.Web.Startup;

/// <summary>The HTTP pipeline, in the order that matters.</summary>
internal static class PipelineSetup
{
    public static WebApplication UseHealactivelyPipeline(this WebApplication app)
    {
        // Behind a TLS-terminating proxy on the same host (the default known proxies are loopback only), the
        // original scheme and client address count: Secure cookies, HTTPS redirection, the per-address rate limit.
        app.UseForwardedHeaders(new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto });
        app.UseMiddleware<SecurityHeadersMiddleware>();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error");
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        app.UseStatusCodePagesWithReExecute("/Error", "?code={0}");
        // Inside the status code pages, so a busy database is answered with the error page's "try again" (503).
        app.UseMiddleware<DatabaseBusyMiddleware>();
        app.UseSerilogRequestLogging();
        app.UseRouting();
        app.UseAuthentication();
        // After routing (the limits are endpoint metadata) and authentication (some are per account).
        app.UseRateLimiter();
        app.UseMiddleware<Features.Patients.AccountGoneMiddleware>();
        app.UseStaffTwoFactorGate();
        app.UseAuthorization();
        app.MapHealactivelyHealthChecks();
        app.MapSupporterDigestUnsubscribe();
        // Static assets are endpoints too: without this the sign-in fallback policy would hide CSS and scripts from visitors.
        app.MapStaticAssets().AllowAnonymous();
        app.MapRazorPages().WithStaticAssets();
        return app;
    }
}
