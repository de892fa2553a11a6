import Testing
@testable import CVCore

/// Education entries, one layout cue each (made-up text).
@Suite("Education layouts, one rule each")
struct EducationLayoutTests {
    func markdown(_ text: String) throws -> [Education] { try MarkdownCVParser().parse(text).education }
    func plain(_ text: String) throws -> [Education] { try PlainTextCVParser().parse(text).education }

    @Test func dottedDegreeOnItsOwnLineOverASchoolWithoutSchoolWords() throws {
        let education = try markdown("""
            ## Education

            <div class="item">
              <div class="period">10/2019 – 01/2022</div>
              <div class="role">M.Sc. in Chemistry</div>
              <div class="org">NTU Westhaven</div>
              <ul><li>Focus: analysis.</li></ul>
            </div>

            <div class="item">
              <div class="period">10/2016 – 09/2019</div>
              <div class="role">B.Sc. in Chemistry</div>
              <div class="org">WTH · in partnership with Globex AG</div>
            </div>
            """)
        #expect(education.map(\.institution) == ["NTU Westhaven", "WTH"])
        #expect(education.map(\.qualification) == ["M.Sc. in Chemistry", "B.Sc. in Chemistry"])
    }

    /// Undated schools in bold over their items: a year told in an item's sentence dates none of them.
    @Test func aYearInAnItemsSentenceLeavesUndatedSchoolsEntries() throws {
        let education = try markdown("""
            ## Education

            __Brookmere High School__

            - Graduated on the honour roll and captained the chess club.

            __Lakeshore Polytechnic__

            - Bachelor of Science in Computer Science
            - Studying web programming and databases, and expected to finish in 2027 with a focus on systems.
            """)
        #expect(education.map(\.institution) == ["Brookmere High School", "Lakeshore Polytechnic"])
    }

    @Test func emphasisedSchoolWrappedBySoftBreak() throws {
        let education = try markdown("""
            ## Education

            `2011` **Ph.D., Marine Biology**, *Northtown Museum of natural
            history/University of Northtown*, Northtown, France

            `2007` **M.Sc., Ecology**, *University of Southtown*, Southtown, France
            """)
        #expect(education.map(\.institution) == ["Northtown Museum of natural history/University of Northtown", "University of Southtown"])
        #expect(education.first?.qualification == "Ph.D., Marine Biology")
    }

    @Test func schoolAfterAtIsTheInstitution() throws {
        let education = try markdown("""
            ## Education

            2005--2006
            : Master degree at [NAVSUP](https://example.org) -- Institut of Navigation, Northtown (naval school)
            """)
        #expect(education.first?.institution == "NAVSUP")
        #expect(education.first?.qualification == "Master degree")
    }

    @Test func tableWhoseHeaderRowIsTheFirstEntry() throws {
        let education = try markdown("""
            ## Education

            | 2010–2013 | **Westhaven Academy of Arts** | Design.<br>Specialist |
            | --------- | ----------------------------- | --------------------- |
            | 2013–2015 | **Northtown Institute of Design** | Design.<br>Bachelor |
            """)
        #expect(education.map(\.institution) == ["Westhaven Academy of Arts", "Northtown Institute of Design"])
        #expect(education.first?.dates?.start == PartialDate(year: 2010))
    }

    @Test func trainingWordsNameTheCourseAndSchoolComesAfterAOrAt() throws {
        let education = try markdown("""
            ## Formations

            - **2016**: Formation chant lyrique - Les Voix Claires - Northville (12)
            - **2004**: Atelier de peinture à la Maison des arts, Jean Dupont - Southville (80)
            """)
        #expect(education.map(\.institution) == ["Les Voix Claires", "la Maison des arts, Jean Dupont"])
        #expect(education.map(\.qualification) == ["Formation chant lyrique", "Atelier de peinture"])
    }

    @Test func frenchDoctorateAndAcronymSchool() throws {
        let education = try plain("""
            Jane Doe

            Études
            2008 à 2012 Docteur en Sciences, UNOR, Northville
            2006 à 2008 Formation doctorale, UNOR, Northville
            """)
        #expect(education.map(\.institution) == ["UNOR", "UNOR"])
        #expect(education.map(\.qualification) == ["Docteur en Sciences", "Formation doctorale"])
    }

    @Test func gradeIsNoSchool() throws {
        let education = try plain("""
            Jane Doe

            EDUCATION

            2015-2017           HND level 4 Diploma in Mechanical Engineering. Grade: Merit      Coleg Gogledd
                                A course on drawing parts with CAD.
            """)
        #expect(education.first?.institution == "Coleg Gogledd")
    }

    @Test func schoolsJoinedByACommaAreOneName() throws {
        let education = try markdown("""
            ## Education

            2004 - 2009
            :   PhD, School of Ocean Sciences, University of Northtown (UN)

            1999 - 2003
            :   M.Engg, Electrical Comm, Westhaven Institute of Science
            """)
        #expect(education.map(\.institution) == ["School of Ocean Sciences, University of Northtown (UN)", "Westhaven Institute of Science"])
        #expect(education.last?.qualification == "M.Engg, Electrical Comm")
    }

    @Test func japaneseUniversityInAJobTableIsEducation() throws {
        let document = try MarkdownCVParser().parse("""
            ## 経歴

            | 時期            | 経歴                                   |
            | --------------- | -------------------------------------- |
            | 2021/04~現在    | 株式会社 サンプル ソフトウェアエンジニア |
            | 2017/04~2021/03 | 北町大学　理学部・学科 (2021年卒業)       |
            """)
        #expect(document.roles.count == 1)
        #expect(document.education.first?.institution?.hasPrefix("北町大学") == true)
    }

    @Test func schoolNamedInTheProseUnderTheCourse() throws {
        let education = try markdown("""
            ## Education
            - Service Design Fundamentals // 2021\u{20}\u{20}
            [Design Lab](https://example.org/lab) postgraduate course and [Northtown School](https://example.org/school).\u{20}\u{20}
            - *Cultural Management: keys and tools* // 2017 - Diploma in 2018\u{20}\u{20}
            Postgraduate course at the National University of Westhaven.
            - ***Industrial Design*** // 2008 -- 2014
            *Graduated from [Faculty of Design (NU)](https://example.org/fd)*. Degree of the Faculty of Design.
            """)
        #expect(education.map(\.institution) == ["Design Lab, Northtown School", "National University of Westhaven", "Faculty of Design (NU)"])
        #expect(education.first?.qualification == "Service Design Fundamentals")
    }

    @Test func labelledDateUnderASchoolHeadingIsItsDate() throws {
        let education = try markdown("""
            ## Education

            ### Northtown University
            - Major: Physics
            - Graduated: 2016

            ### Southtown College
            - Major: Chemistry
            - Graduated: 2012
            """)
        #expect(education.map(\.institution) == ["Northtown University", "Southtown College"])
        #expect(education.map(\.qualification) == ["Physics", "Chemistry"])
        #expect(education.map { $0.dates?.start } == [PartialDate(year: 2016), PartialDate(year: 2012)])
    }

    @Test func labelledPeriodUnderAnEmployerHeadingIsTheRolesDate() throws {
        let document = try MarkdownCVParser().parse("""
            ## Experience

            ### Acme Corp
            - Role: Engineer
            - Period: 2019 - 2021

            ### Globex
            - Role: Designer
            - Period: 2016 - 2019
            """)
        #expect(document.roles.map(\.organisation) == ["Acme Corp", "Globex"])
        #expect(document.roles.map(\.title) == ["Engineer", "Designer"])
        #expect(document.roles.map { $0.dates?.start } == [PartialDate(year: 2019), PartialDate(year: 2016)])
    }

    @Test func aListOfCourseNamesBetweenTwoDatedLinesIsTheBodyOfTheFirst() throws {
        let education = try plain("""
            Jane Doe
            jane@example.com

            Education

            [2014-2015]: Online Courses

            Statistics in Practice
            Data Visualisation
            Graph Theory for Beginners
            Introduction to Databases
            Cloud Computing Basics

            [11/2005] Introduction to Digital Imaging Course, NTU

            [1990-94] B.Sc., Physics, Westhaven University.
            """)
        #expect(education.map(\.institution) == ["Online Courses", "NTU", "Westhaven University."])
        #expect(education.first?.bullets.count == 1)
        #expect(education[1].qualification == "Introduction to Digital Imaging Course")
    }

    @Test func aDegreeObtainedInAJobIsEducationAtItsOrganisation() throws {
        let document = try MarkdownCVParser().parse("""
            ## Professional career

            2019-2023
            : **Associate professor** at the Department of Geology, University of Northtown

                **Habilitation** obtained in 2022 with the title "Rivers of the north". It qualifies for a full professorship.

            2015--2019
            : Assistant professor at the Department of Geology, University of Northtown

                I taught hydrology and obtained two grants in 2017.
            """)
        #expect(document.roles.count == 2)
        #expect(document.education.count == 1)
        #expect(document.education.first?.institution == "Department of Geology, University of Northtown")
        #expect(document.education.first?.qualification == "Habilitation")
        #expect(document.education.first?.dates?.start == PartialDate(year: 2022))
    }

    @Test func aPhraseOpeningWithAJobWordIsNoSchool() throws {
        let education = try markdown("""
            ## Education

            ### Westhaven Association, Germany
            *Member of the Westhaven Research School on Rivers* | May 2015 -- Sep 2017

            ### Northtown University, Germany
            *Master of Science in Physics* | Oct 2011 -- Dec 2013
            """)
        #expect(education.map(\.institution) == ["Westhaven Association", "Northtown University"])
        #expect(education.first?.qualification == "Member of the Westhaven Research School on Rivers")
    }

    @Test func htmlItemsWhoseDatesLeadAreEntriesOfTheirOwn() throws {
        let education = try markdown("""
            ## Education

            <div class="item">
              <div>10/2019 – 01/2022</div>
              <div>M.Sc. in Chemistry</div>
              <div>NTU Westhaven</div>
            </div>

            <div class="item">
              <div>10/2016 – 09/2019</div>
              <div>B.Sc. in Chemistry</div>
              <div>WTH</div>
            </div>
            """)
        #expect(education.map(\.institution) == ["NTU Westhaven", "WTH"])
        #expect(education.map { $0.dates?.start } == [PartialDate(year: 2019, month: 10), PartialDate(year: 2016, month: 10)])
    }

    /// Text: the school on the dated line (with its town, or a second name after a dash), the degree on the next line.
    @Test func theDegreeOnTheLineUnderTheSchoolsDatedLine() throws {
        let education = try plain("""
            JANE ROE

            EDUCATION
            2018 - 2022 | Northfield State University - The Coastal Engineering University
            Bachelor of Science in Information Technology

            Westfield Polytechnic, Eastbury                                  Jun 2015 - May 2018
            Diploma | Computer Science and Engineering
            """)
        #expect(education.map(\.institution) == ["Northfield State University", "Westfield Polytechnic"])
        #expect(education.first?.qualification == "Bachelor of Science in Information Technology")
        #expect(education.last?.qualification?.hasPrefix("Diploma") == true)
    }
}
