/** Vietnamese (vi): line i holds the words of `WORD_KINDS[i]`; "|" separates variants (see ./index.ts). */
export const vi = `
Trang web
Ngành|Ngành nghề
Quy mô công ty
Trụ sở chính|Trụ sở
Năm thành lập|Thành lập
Loại hình|Loại
Chuyên môn|Lĩnh vực chuyên môn
người theo dõi
nhân viên
thành viên
việc làm
Giới thiệu|Tổng quan
Gọi vốn|Huy động vốn
Thuộc sở hữu tư nhân|Công ty tư nhân
Công ty đại chúng
Tự kinh doanh
Hợp danh
Phi lợi nhuận
Giáo dục
Cơ quan chính phủ
Doanh nghiệp tư nhân

`;
