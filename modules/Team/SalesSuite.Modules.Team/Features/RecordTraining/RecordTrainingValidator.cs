using SalesSuite.SharedKernel.Errors;

namespace SalesSuite.Modules.Team.Features.RecordTraining;

/// <summary>recordTraining's rules on its input: a rep and a course, a score of 0 to 100, a date at most a year ahead.</summary>
internal static class RecordTrainingValidator
{
    /// <summary>The training's date (<paramref name="today"/> when left out); throws VALIDATION listing every problem.</summary>
    public static DateOnly Check(RecordTrainingInput input, DateOnly today)
    {
        var validator = new Validator().Required("userId", input.UserId, 64).Required("course", input.Course, 200);
        if (input.Score is < 0 or > 100)
        {
            validator.Add("score", "must be between 0 and 100.");
        }

        var date = input.Date ?? today;
        if (date > today.AddYears(1))
        {
            validator.Add("date", "is more than a year ahead.");
        }

        validator.ThrowIfInvalid();
        return date;
    }
}
