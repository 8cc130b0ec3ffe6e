using Healactively.Domain.Journal;

namespace Healactively.Domain.Tests.Journal;

/// <summary>Tags as typed, as joined for storage, and against the journal's limits. Lists are written "a|b" ("" for none).</summary>
public class TagsTests
{
    [Theory]
    [InlineData(null, "")]
    [InlineData("   ", "")]
    [InlineData("walk", "walk")]
    [InlineData("walk, heat pack; stretching", "walk|heat pack|stretching")]
    [InlineData(" walk ;; , heat pack ,", "walk|heat pack")]
    [InlineData("Walk; walk; WALK; heat pack", "Walk|heat pack")]
    public void Typed_tags(string? typed, string expected)
    {
        Assert.Equal(expected, string.Join('|', Tags.Parse(typed)));
    }

    [Theory]
    [InlineData("long drive;poor sleep", "long drive|poor sleep")]
    [InlineData("heat, then ice; walk", "heat, then ice|walk")]
    public void Tags_split_at_one_separator_keep_commas(string text, string expected)
    {
        Assert.Equal(expected, string.Join('|', Tags.Parse(text, ';')));
    }

    [Theory]
    [InlineData("", null)]
    [InlineData("walk", "walk")]
    [InlineData("walk|heat pack|stretching", "walk; heat pack; stretching")]
    public void Joined_tags(string tags, string? joined)
    {
        string[] list = tags.Length == 0 ? [] : tags.Split('|');

        Assert.Equal(joined, Tags.Join(list));
    }

    [Theory]
    [InlineData("walk, heat pack; stretching")]
    [InlineData("heat, then ice")]
    public void Joined_tags_read_back_as_they_were(string typed)
    {
        var tags = Tags.Parse(typed, ';');

        Assert.Equal(tags, Tags.ParseJoined(Tags.Join(tags)));
    }

    [Fact]
    public void Problems_with_the_limits()
    {
        var twenty = Enumerable.Range(1, JournalLimits.TagsMaxCount).Select(i => $"tag {i}").ToArray();

        Assert.Null(Tags.Problem(twenty, "Triggers"));
        Assert.Equal("Triggers: at most 20 tags.", Tags.Problem([.. twenty, "one more"], "Triggers"));
        Assert.Null(Tags.Problem([new string('a', JournalLimits.TagMaxLength)], "What helped"));
        Assert.Equal(
            "What helped: each tag can be at most 40 characters.",
            Tags.Problem([new string('a', JournalLimits.TagMaxLength + 1)], "What helped"));
    }
}
