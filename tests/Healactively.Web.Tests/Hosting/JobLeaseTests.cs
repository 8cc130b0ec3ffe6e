using Healactively.Web.Features.Jobs;
using Healactively.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Healactively.Web.Tests.Hosting;

/// <summary>Only one instance at a time holds a job's lease; it passes on when it expires or is released.</summary>
public sealed class JobLeaseTests(HealactivelyFactory factory) : IClassFixture<HealactivelyFactory>
{
    private static readonly TimeSpan Minutes5 = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task A_held_lease_is_refused_to_others_until_it_expires_then_passes_on()
    {
        var job = NewJob();

        Assert.True(await TryAcquireAsync(job, "instance-a", Minutes5));
        Assert.False(await TryAcquireAsync(job, "instance-b", Minutes5));

        factory.Clock.Advance(Minutes5);

        Assert.True(await TryAcquireAsync(job, "instance-b", Minutes5));
        Assert.False(await TryAcquireAsync(job, "instance-a", Minutes5));
    }

    [Fact]
    public async Task The_holder_renews_its_own_lease_and_the_renewal_extends_it()
    {
        var job = NewJob();
        Assert.True(await TryAcquireAsync(job, "instance-a", Minutes5));

        factory.Clock.Advance(TimeSpan.FromMinutes(4));
        Assert.True(await TryAcquireAsync(job, "instance-a", Minutes5));
        factory.Clock.Advance(TimeSpan.FromMinutes(4));

        Assert.False(await TryAcquireAsync(job, "instance-b", Minutes5));
    }

    [Fact]
    public async Task Only_the_holder_can_release_and_a_release_frees_the_job_at_once()
    {
        var job = NewJob();
        Assert.True(await TryAcquireAsync(job, "instance-a", Minutes5));

        await WithLeaseAsync(lease => lease.ReleaseAsync(job, "instance-b"));
        Assert.False(await TryAcquireAsync(job, "instance-b", Minutes5));

        await WithLeaseAsync(lease => lease.ReleaseAsync(job, "instance-a"));
        Assert.True(await TryAcquireAsync(job, "instance-b", Minutes5));
    }

    [Fact]
    public async Task Leases_of_different_jobs_are_independent()
    {
        var (first, second) = (NewJob(), NewJob());

        Assert.True(await TryAcquireAsync(first, "instance-a", Minutes5));
        Assert.True(await TryAcquireAsync(second, "instance-b", Minutes5));
    }

    [Fact]
    public async Task Many_instances_racing_for_a_free_job_leave_exactly_one_holder()
    {
        var job = NewJob();

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => TryAcquireAsync(job, $"instance-{i}", Minutes5))));

        Assert.Single(results, acquired => acquired);
    }

    [Fact]
    public void Each_app_instance_has_its_own_holder_name()
    {
        using var other = new HealactivelyFactory { DatabasePath = factory.DatabasePath };

        var mine = factory.Services.GetRequiredService<AppInstance>().Id;
        var theirs = other.Services.GetRequiredService<AppInstance>().Id;

        Assert.NotEqual(mine, theirs);
        Assert.Contains(Environment.MachineName, mine, StringComparison.Ordinal);
    }

    private static string NewJob() => $"job-{Guid.NewGuid():N}";

    private Task<bool> TryAcquireAsync(string job, string holder, TimeSpan duration) =>
        WithLeaseAsync(lease => lease.TryAcquireAsync(job, holder, duration));

    private async Task<T> WithLeaseAsync<T>(Func<JobLease, Task<T>> use)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<JobLease>());
    }

    private async Task WithLeaseAsync(Func<JobLease, Task> use)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await use(scope.ServiceProvider.GetRequiredService<JobLease>());
    }
}
