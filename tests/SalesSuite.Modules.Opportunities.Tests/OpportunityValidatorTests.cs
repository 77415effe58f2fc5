using SalesSuite.Modules.Opportunities.Domain;
using SalesSuite.Modules.Opportunities.Features.DefinePipelineStage;
using SalesSuite.Modules.Opportunities.Features.LogOpportunityFollowUp;
using SalesSuite.SharedKernel.Errors;

namespace SalesSuite.Modules.Opportunities.Tests;

/// <summary>The use cases' rules on their typed inputs alone: no database, no GraphQL.</summary>
public sealed class OpportunityValidatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public void A_stage_definition_needs_a_name_and_a_probability_of_0_to_100_and_lists_every_problem()
    {
        Assert.Equal(35, DefinePipelineStageValidator.Check(new DefinePipelineStageInput { Name = "Demo", DefaultProbability = 35 }));
        Assert.Equal(0, DefinePipelineStageValidator.Check(new DefinePipelineStageInput { Name = "Demo", DefaultProbability = 0, Kind = StageKind.Lost }));

        var refused = Assert.Throws<AppException>(() => DefinePipelineStageValidator.Check(new DefinePipelineStageInput { DefaultProbability = 101 }));
        Assert.Equal(ErrorCodes.Validation, refused.Code);
        Assert.Equal([new FieldError("name", "is required."), new FieldError("defaultProbability", "must be between 0 and 100.")], refused.FieldErrors);
        var tooLong = Assert.Throws<AppException>(() =>
            DefinePipelineStageValidator.Check(new DefinePipelineStageInput { Name = new string('n', 101), DefaultProbability = 5 }));
        Assert.Equal(new FieldError("name", "must be at most 100 characters long."), Assert.Single(tooLong.FieldErrors));
    }

    [Fact]
    public void A_follow_up_needs_a_note_and_a_next_date_not_in_the_past()
    {
        LogOpportunityFollowUpValidator.Check(new LogOpportunityFollowUpInput { Note = "Call", NextFollowUpAt = Now }, Now);
        LogOpportunityFollowUpValidator.Check(new LogOpportunityFollowUpInput { Note = "Call" }, Now);

        var refused = Assert.Throws<AppException>(() => LogOpportunityFollowUpValidator.Check(
            new LogOpportunityFollowUpInput { NextFollowUpAt = Now.AddSeconds(-1) }, Now));
        Assert.Equal(ErrorCodes.Validation, refused.Code);
        Assert.Equal([new FieldError("note", "is required."), new FieldError("nextFollowUpAt", "must be in the future.")], refused.FieldErrors);
        var tooLong = Assert.Throws<AppException>(() =>
            LogOpportunityFollowUpValidator.Check(new LogOpportunityFollowUpInput { Note = new string('x', 4001) }, Now));
        Assert.Equal(new FieldError("note", "must be at most 4000 characters long."), Assert.Single(tooLong.FieldErrors));
    }
}
