using Serilog;

namespace Healactively.Web.Hosting;

/// <summary>The HTTP pipeline, in the order that matters.</summary>
internal static class PipelineSetup
{
    public static WebApplication UseHealactivelyPipeline(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error");
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        app.UseStatusCodePagesWithReExecute("/Error", "?code={0}");
        app.UseSerilogRequestLogging();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        // Static assets are endpoints too: without this the sign-in fallback policy would hide CSS and scripts from visitors.
        app.MapStaticAssets().AllowAnonymous();
        app.MapRazorPages().WithStaticAssets();
        app.MapLiveness();
        return app;
    }
}
