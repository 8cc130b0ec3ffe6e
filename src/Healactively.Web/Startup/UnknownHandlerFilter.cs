using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Healactively.Web.Startup;

/// <summary>
/// A request that matches no handler of a page that has handlers (a POST to a page that only shows, or
/// <c>?handler=Whatever</c>) is answered 405 with <c>Allow</c>, or 404 for a handler name the page does not have,
/// instead of rendering the page without its data (a NullReferenceException, 500). A plain GET of a page without an
/// <c>OnGet</c> still renders it, as Razor Pages does.
/// </summary>
internal sealed class UnknownHandlerFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var handlers = context.ActionDescriptor.HandlerMethods;
        if (context.HandlerMethod is not null || handlers.Count == 0)
        {
            return next();
        }

        var request = context.HttpContext.Request;
        var name = context.RouteData.Values["handler"]?.ToString() ?? request.Query["handler"].FirstOrDefault();
        var isRead = HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method);
        if (isRead && string.IsNullOrEmpty(name))
        {
            return next();
        }

        var forMethod = handlers.Where(h => string.Equals(h.HttpMethod, request.Method, StringComparison.OrdinalIgnoreCase)).ToList();
        if (!string.IsNullOrEmpty(name) && (forMethod.Count > 0 || isRead))
        {
            context.Result = new NotFoundResult();
            return Task.CompletedTask;
        }

        context.HttpContext.Response.Headers.Allow = string.Join(", ", handlers
            .Where(h => h.Name is null)
            .Select(h => h.HttpMethod.ToUpperInvariant())
            .Append("GET")
            .Distinct(StringComparer.Ordinal));
        context.Result = new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
        return Task.CompletedTask;
    }
}
