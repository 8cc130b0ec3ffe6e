using Healactively.Web.Features.Wins;

namespace Healactively.Web.Pages.Supporting;

/// <summary>What a supporter's actions on one shared moment need: the link it is shared through and the moment (its date and subject name it).</summary>
public sealed record SupporterMomentCard(long LinkId, MomentCard Moment);
