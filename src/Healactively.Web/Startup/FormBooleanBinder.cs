using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Healactively.Web.Startup;

/// <summary>
/// Reads a yes/no form field the way people and tools send it: <c>true</c>/<c>false</c> (the checkbox and its hidden
/// field), and also <c>1</c>/<c>0</c>, <c>yes</c>/<c>no</c>, <c>on</c>/<c>off</c> and empty. Anything else is a
/// validation message, never a server error. The value kept for the form's re-display is always <c>true</c> or
/// <c>false</c>, as the checkbox tag helper needs (it throws on "yes").
/// </summary>
internal sealed class FormBooleanBinder : IModelBinder
{
    private static readonly string[] Yes = ["true", "1", "yes", "on"];
    private static readonly string[] No = ["false", "0", "no", "off", ""];

    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        ArgumentNullException.ThrowIfNull(bindingContext);
        var result = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (result == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }

        var text = (result.FirstValue ?? string.Empty).Trim();
        bool? value = Yes.Contains(text, StringComparer.OrdinalIgnoreCase) ? true
            : No.Contains(text, StringComparer.OrdinalIgnoreCase) ? false
            : null;
        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, value ?? false, value == true ? "true" : "false");
        if (value is null)
        {
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, "Choose yes or no.");
            bindingContext.Result = ModelBindingResult.Failed();
            return Task.CompletedTask;
        }

        bindingContext.Result = ModelBindingResult.Success(value.Value);
        return Task.CompletedTask;
    }

    /// <summary>Binds every <see cref="bool"/> (not <c>bool?</c>) with <see cref="FormBooleanBinder"/>.</summary>
    public sealed class Provider : IModelBinderProvider
    {
        private static readonly FormBooleanBinder Binder = new();

        public IModelBinder? GetBinder(ModelBinderProviderContext context)
        {
            ArgumentNullException.ThrowIfNull(context);
            return context.Metadata.ModelType == typeof(bool) ? Binder : null;
        }
    }
}
