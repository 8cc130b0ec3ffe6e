using System.Globalization;

namespace Healactively.Web.Features.Jobs;

/// <summary>This running process among the app's instances: the holder name it uses for job leases.</summary>
public sealed class AppInstance
{
    public string Id { get; } = string.Create(CultureInfo.InvariantCulture,
        $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}");
}
