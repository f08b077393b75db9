/** Vietnamese (vi): line i names `INDUSTRIES[i]`; "|" separates variants (see ./index.ts). */
export const vi = `
Phát triển phần mềm|Phần mềm máy tính
Dịch vụ và Tư vấn CNTT|Dịch vụ CNTT và tư vấn CNTT|Công nghệ thông tin và dịch vụ
Bảo mật máy tính và mạng|An ninh máy tính và mạng
Công nghệ, Thông tin và Internet|Dịch vụ thông tin
Công nghệ, Thông tin và Truyền thông|Công nghệ, Thông tin và Phương tiện truyền thông
Cơ sở hạ tầng và phân tích dữ liệu
Sản xuất phần cứng máy tính|Phần cứng máy tính
Sản phẩm mạng máy tính|Mạng máy tính
Sản xuất máy tính và thiết bị điện tử|Điện tử tiêu dùng
Sản xuất chất bán dẫn|Chất bán dẫn
Viễn thông|Không dây
Trò chơi điện tử|Trò chơi máy tính
Dịch vụ tài chính
Ngân hàng
Bảo hiểm
Ngân hàng đầu tư
Quản lý đầu tư
Thị trường vốn
Đầu tư mạo hiểm và quỹ đầu tư tư nhân|Vốn đầu tư mạo hiểm và vốn cổ phần tư nhân
Kế toán
Dịch vụ và tư vấn doanh nghiệp|Tư vấn quản lý
Tư vấn thuê ngoài và gia công nước ngoài|Thuê ngoài/Gia công nước ngoài
Dịch vụ quảng cáo|Tiếp thị và quảng cáo
Dịch vụ tiếp thị
Nghiên cứu thị trường
Dịch vụ quan hệ công chúng và truyền thông|Quan hệ công chúng và truyền thông
Tuyển dụng và nhân sự|Tuyển dụng|Cung ứng nhân sự và tuyển dụng
Dịch vụ nhân sự|Nhân sự
Đào tạo và huấn luyện chuyên nghiệp
Dịch vụ pháp lý
Hành nghề luật|Văn phòng luật
Bệnh viện và chăm sóc sức khỏe|Bệnh viện và chăm sóc sức khoẻ
Phòng khám|Hành nghề y
Chăm sóc sức khỏe tâm thần
Sản xuất thiết bị y tế|Thiết bị y tế
Sản xuất dược phẩm|Dược phẩm
Nghiên cứu công nghệ sinh học|Công nghệ sinh học
Dịch vụ chăm sóc sức khỏe và thể hình|Sức khỏe, thể chất và thể hình
Dịch vụ cá nhân và gia đình
Giáo dục đại học
Chương trình quản lý giáo dục|Quản lý giáo dục
Nhà cung cấp học trực tuyến|Học trực tuyến
Giáo dục tiểu học và trung học
Bán lẻ
Bán lẻ quần áo và thời trang|Quần áo và thời trang|May mặc và thời trang
Bán buôn|Bán sỉ
Thương mại quốc tế và phát triển|Xuất nhập khẩu
Dịch vụ tiêu dùng
Dịch vụ thực phẩm và đồ uống|Thực phẩm và đồ uống
Sản xuất thực phẩm và đồ uống|Sản xuất thực phẩm
Nhà hàng
Dịch vụ lưu trú|Khách sạn|Khách sạn và nhà hàng
Dịch vụ du lịch|Sắp xếp chuyến đi|Giải trí, du lịch và lữ hành
Hàng không|Hãng hàng không và hàng không
Sản xuất linh kiện hàng không và vũ trụ|Hàng không vũ trụ
Sản xuất quốc phòng và vũ trụ|Quốc phòng và vũ trụ
Vận tải, hậu cần, chuỗi cung ứng và kho bãi|Hậu cần và chuỗi cung ứng
Vận tải đường bộ|Vận tải/Xe tải/Đường sắt
Vận chuyển hàng hóa và bưu kiện|Giao nhận hàng hóa
Kho bãi và lưu trữ|Kho bãi
Vận tải biển|Hàng hải
Sản xuất|Hàng tiêu dùng
Sản xuất máy móc|Máy móc
Sản xuất máy móc công nghiệp|Kỹ thuật cơ khí hoặc công nghiệp
Sản xuất máy tự động hóa|Tự động hóa công nghiệp
Sản xuất ô tô|Ô tô
Sản xuất thiết bị điện và điện tử|Sản xuất thiết bị gia dụng, điện và điện tử
Sản xuất hóa chất|Hóa chất
Sản xuất dệt may|Dệt may
Sản xuất bao bì và thùng chứa|Bao bì và thùng chứa
Sản xuất đồ thể thao|Đồ thể thao
Xây dựng
Kỹ thuật xây dựng dân dụng|Xây dựng dân dụng
Dịch vụ kỹ thuật
Kiến trúc và quy hoạch
Bất động sản
Dầu khí|Dầu mỏ và khí đốt|Dầu mỏ và năng lượng
Khai khoáng|Khai thác mỏ|Khai khoáng và kim loại
Tiện ích|Dịch vụ tiện ích công cộng
Sản xuất chất bán dẫn năng lượng tái tạo|Năng lượng tái tạo và môi trường
Dịch vụ môi trường
Nông nghiệp
Hành chính chính phủ|Quản lý nhà nước
Lực lượng vũ trang
Tổ chức phi lợi nhuận|Quản lý tổ chức phi lợi nhuận
Tổ chức dân sự và xã hội
Dịch vụ nghiên cứu|Nghiên cứu
Viện nghiên cứu chính sách
Giải trí|Nhà cung cấp dịch vụ giải trí
Sản xuất truyền thông
Sản xuất và phân phối phát thanh truyền hình|Phát thanh truyền hình
Xuất bản sách và tạp chí|Xuất bản
Xuất bản báo|Báo chí
Phương tiện âm thanh và video trực tuyến|Truyền thông trực tuyến
Nhạc sĩ|Âm nhạc
Dịch vụ thiết kế|Thiết kế
Thiết kế đồ họa
Dịch vụ sự kiện|Tổ chức sự kiện
An ninh và điều tra
Dịch vụ cơ sở vật chất|Quản lý cơ sở vật chất
Dịch thuật và bản địa hóa
Viết và biên tập
Thể thao|Thể thao khán giả
Bán lẻ trực tuyến và qua thư|Bán lẻ trực tuyến và đặt hàng qua thư
`;
